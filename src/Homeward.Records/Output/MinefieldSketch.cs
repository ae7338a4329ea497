using System.Globalization;
using Homeward.Records.Format;
using Homeward.Records.Traverse;
using Homeward.Records.Units;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Homeward.Records.Output;

/// <summary>
/// Draws the one-page report of a digitized record as a PNG (A4 portrait at 150 dpi): how it was computed, a sketch of
/// the traverse with grid north up (perimeter, tie legs with their bearings and distances, rows and mines, each point's
/// radial error and the uncertainty zone, north arrows and a scale bar), the points' coordinates and the flags raised,
/// for an officer to hold next to the paper record.
/// </summary>
/// <remarks>
/// The sketch is drawn in the UTM zone, which here shares its central meridian with the record's Gauss–Krüger zone, so
/// grid north is the same. Labels use DejaVu Sans from <c>data/fonts</c> next to the application, so the page looks the
/// same on every machine. Thread-safe.
/// </remarks>
public static class MinefieldSketch
{
    private const int Width = 1240;
    private const int Height = 1754;
    private const float Margin = 60;

    /// <summary>The font file shipped next to the application.</summary>
    public static string DefaultFontPath => Path.Combine(AppContext.BaseDirectory, "data", "fonts", "DejaVuSans.ttf");

    /// <summary>Draws the page.</summary>
    /// <param name="minefield">The minefield.</param>
    /// <param name="fontPath">A TrueType font for the labels; <see cref="DefaultFontPath"/> if <see langword="null"/>.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="FileNotFoundException">The font file is missing.</exception>
    public static byte[] RenderPng(DigitizedMinefield minefield, string? fontPath = null)
    {
        ArgumentNullException.ThrowIfNull(minefield);
        fontPath ??= DefaultFontPath;
        if (!File.Exists(fontPath))
        {
            throw new FileNotFoundException($"The sketch's font is missing: {fontPath}.", fontPath);
        }

        using var typeface = SKTypeface.FromFile(fontPath);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var page = new Page(surface.Canvas, typeface);
        surface.Canvas.Clear(SKColors.White);
        var y = Header(page, minefield);
        var sketchBottom = Math.Min(Height - 560f, y + 900);
        Sketch(page, minefield, new SKRect(Margin, y + 10, Width - Margin, sketchBottom));
        y = Table(page, minefield, sketchBottom + 40);
        Flags(page, minefield, y + 20);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static float Header(Page page, DigitizedMinefield m)
    {
        var y = Margin + 10;
        page.Text($"Minefield record {m.Record.Id}: digitized sketch", Margin, y, 30, SKColors.Black);
        var closure = m.Closure is { } c
            ? Invariant.Text($"misclosure {c.LinearMetres:0.000} m (ΔE {c.DeltaEastMetres:+0.000;-0.000}, ΔN {c.DeltaNorthMetres:+0.000;-0.000}), ",
                $"1:{(double.IsInfinity(c.RelativePrecision) ? "∞" : c.RelativePrecision.ToString("0", CultureInfo.InvariantCulture))} over {c.PerimeterLengthMetres:0.0} m, ",
                $"{(c.IsAdjusted ? "Bowditch-adjusted" : "not adjusted")}")
            : "no closing leg: misclosure not measured";
        var date = m.Record.LaidFrom is { } from ? (m.Record.IsDateApproximate ? $"{from:yyyy-MM-dd} to {m.Record.LaidTo:yyyy-MM-dd}" : $"{from:yyyy-MM-dd}") : "not given";
        string[] lines =
        [
            Invariant.Text($"Laid: {date}.  Record CRS: EPSG:{m.RecordCrs.Srid} {m.RecordCrs.Name}.  Computed in EPSG:{m.Plane.Srid}, output WGS 84 and EPSG:{m.Utm.Srid}",
                $"{(m.Transformation is { } t ? $" via EPSG:{t.EpsgCode}" : string.Empty)}."),
            Invariant.Text($"Bearings: {AngleUnits.NameOf(m.BearingUnit)}, {m.BearingReference.ToString().ToLowerInvariant()}.  Declination δ {m.DeclinationDegrees:+0.000;-0.000}° ",
                $"({m.GeomagneticModel} at {m.DecimalYear:0.00}, ±{m.DeclinationSigmaDegrees:0.00}°), convergence γ {m.ConvergenceDegrees:+0.0000;-0.0000}°, δ − γ {m.DeclinationDegrees - m.ConvergenceDegrees:+0.000;-0.000}°."),
            Invariant.Text($"Closure: {closure}."),
            Invariant.Text($"Area {m.AreaSquareMetres:#,0} m² (UTM).  Largest radial error of a turning point {m.MaxRadialErrorMetres:0.0} m; the shaded zone grows the perimeter by twice it."),
        ];
        foreach (var line in lines.SelectMany(l => page.Wrap(l, 16, Width - 2 * Margin)))
        {
            y += 26;
            page.Text(line, Margin, y, 16, new SKColor(40, 40, 40));
        }

        return y + 12;
    }

    private static void Sketch(Page page, DigitizedMinefield m, SKRect box)
    {
        using var frame = Stroke(new SKColor(120, 120, 120), 1);
        page.Canvas.DrawRect(box, frame);
        var envelope = new Envelope();
        foreach (var p in m.Points)
        {
            envelope.ExpandToInclude(p.UtmEast, p.UtmNorth);
        }

        if (m.UncertaintyZoneUtm is { } zone)
        {
            envelope.ExpandToInclude(zone.EnvelopeInternal);
        }

        var inner = new SKRect(box.Left + 70, box.Top + 60, box.Right - 70, box.Bottom - 70);
        var scale = Math.Min(inner.Width / Math.Max(envelope.Width, 1), inner.Height / Math.Max(envelope.Height, 1));
        var (cx, cy) = (envelope.Centre.X, envelope.Centre.Y);
        SKPoint At(double east, double north) => new((float)(inner.MidX + (east - cx) * scale), (float)(inner.MidY - (north - cy) * scale));
        SKPoint Of(DigitizedPoint p) => At(p.UtmEast, p.UtmNorth);

        page.Canvas.Save();
        page.Canvas.ClipRect(box);
        if (m.UncertaintyZoneUtm is { } z)
        {
            using var fill = new SKPaint { Color = new SKColor(230, 60, 40, 40), Style = SKPaintStyle.Fill, IsAntialias = true };
            using var edge = Stroke(new SKColor(200, 60, 40), 1.5f, dashed: true);
            using var path = PathOf(z.ExteriorRing.Coordinates, c => At(c.X, c.Y));
            page.Canvas.DrawPath(path, fill);
            page.Canvas.DrawPath(path, edge);
        }

        var byId = m.Points.ToDictionary(p => p.Id, StringComparer.Ordinal);
        using var tie = Stroke(new SKColor(110, 110, 110), 1.5f, dashed: true);
        foreach (var point in m.Record.Points.Where(p => p.Leg is not null))
        {
            var (from, to) = (byId[point.Leg!.From], byId[point.Id]);
            page.Canvas.DrawLine(Of(from), Of(to), tie);
            Label(page, Of(from), Of(to), LegText(point.Leg));
        }

        foreach (var leg in m.Record.Legs)
        {
            page.Canvas.DrawLine(Of(byId[leg.From]), Of(byId[leg.To]), tie);
            Label(page, Of(byId[leg.From]), Of(byId[leg.To]), LegText(leg));
        }

        if (m.PerimeterUtm is { } perimeter)
        {
            using var line = Stroke(SKColors.Black, 3);
            using var path = PathOf(perimeter.ExteriorRing.Coordinates, c => At(c.X, c.Y));
            page.Canvas.DrawPath(path, line);
        }

        using var rowLine = Stroke(new SKColor(30, 90, 200), 2);
        using var mine = new SKPaint { Color = new SKColor(30, 90, 200), Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var row in m.Rows)
        {
            page.Canvas.DrawLine(Of(byId[row.Start]), Of(byId[row.End]), rowLine);
            foreach (var p in row.Mines)
            {
                page.Canvas.DrawCircle(Of(p), 2.5f, mine);
            }

            page.Text($"row {row.Id}", Of(byId[row.End]).X + 6, Of(byId[row.End]).Y + 16, 14, new SKColor(30, 90, 200));
        }

        using var circle = Stroke(new SKColor(200, 60, 40), 1, dashed: true);
        using var dot = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var p in m.Points.Where(p => p.Type != RecordPointType.Mine))
        {
            page.Canvas.DrawCircle(Of(p), (float)(p.Uncertainty.RadialMetres * scale), circle);
            page.Canvas.DrawCircle(Of(p), 4, dot);
            page.Text(p.Id, Of(p).X + 7, Of(p).Y - 7, 17, SKColors.Black);
        }

        page.Canvas.Restore();
        NorthArrows(page, m, new SKPoint(box.Right - 50, box.Top + 80));
        ScaleBar(page, scale, new SKPoint(box.Left + 20, box.Bottom - 25));
    }

    private static void NorthArrows(Page page, DigitizedMinefield m, SKPoint foot)
    {
        // Grid north is up; true north is at grid bearing −γ, magnetic north at δ − γ (the angles are drawn true to size).
        (string Name, double GridBearing, SKColor Color)[] arrows =
        [
            ("GN", 0, SKColors.Black),
            ("TN", -m.ConvergenceDegrees, new SKColor(0, 120, 0)),
            ("MN", m.DeclinationDegrees - m.ConvergenceDegrees, new SKColor(200, 60, 40)),
        ];
        foreach (var (name, bearing, color) in arrows)
        {
            var radians = bearing * Math.PI / 180;
            var tip = new SKPoint(foot.X + (float)(55 * Math.Sin(radians)), foot.Y - (float)(55 * Math.Cos(radians)));
            using var paint = Stroke(color, 2);
            page.Canvas.DrawLine(foot, tip, paint);
        }

        for (var i = 0; i < arrows.Length; i++)
        {
            var (name, bearing, color) = arrows[i];
            page.Text(i == 0 ? name : Invariant.Text($"{name} {bearing:+0.00;-0.00}°"), foot.X - 150, foot.Y - 50 + i * 18, 13, color);
        }
    }

    private static void ScaleBar(Page page, double pixelsPerMetre, SKPoint start)
    {
        double[] steps = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];
        var metres = steps.LastOrDefault(s => s * pixelsPerMetre <= 260, steps[0]);
        var length = (float)(metres * pixelsPerMetre);
        using var paint = Stroke(SKColors.Black, 3);
        page.Canvas.DrawLine(start, new SKPoint(start.X + length, start.Y), paint);
        page.Canvas.DrawLine(start.X, start.Y - 6, start.X, start.Y + 6, paint);
        page.Canvas.DrawLine(start.X + length, start.Y - 6, start.X + length, start.Y + 6, paint);
        page.Text(Invariant.Text($"{metres:0} m"), start.X + length + 8, start.Y + 5, 14, SKColors.Black);
    }

    private static float Table(Page page, DigitizedMinefield m, float y)
    {
        float[] columns = [Margin, Margin + 110, Margin + 230, Margin + 400, Margin + 570, Margin + 720, Margin + 870, Margin + 1000];
        string[] headings = ["point", "type", "X north (m)", "Y east (m)", "latitude", "longitude", "radial (m)", "ref / instr / decl / datum"];
        for (var i = 0; i < headings.Length; i++)
        {
            page.Text(headings[i], columns[i], y, 14, new SKColor(90, 90, 90));
        }

        foreach (var p in m.Points.Where(p => p.Type != RecordPointType.Mine).Take(18))
        {
            y += 21;
            var u = p.Uncertainty;
            string[] cells =
            [
                p.Id, MinefieldFeatures.TypeName(p.Type), Invariant.Text($"{p.PlaneNorth:0.000}"), Invariant.Text($"{p.PlaneEast:0.000}"),
                Invariant.Text($"{p.Latitude:0.0000000}"), Invariant.Text($"{p.Longitude:0.0000000}"), Invariant.Text($"{u.RadialMetres:0.0}"),
                Invariant.Text($"{u.ReferenceMetres:0.0} / {u.InstrumentMetres:0.0} / {u.DeclinationMetres:0.0} / {u.DatumMetres:0.0}"),
            ];
            for (var i = 0; i < cells.Length; i++)
            {
                page.Text(cells[i], columns[i], y, 14, SKColors.Black);
            }
        }

        foreach (var row in m.Rows)
        {
            y += 21;
            page.Text(Invariant.Text($"Row {row.Id}: {row.Count} × {row.MineType ?? "mines"} at {row.SpacingMetres:0.0#} m; length {row.LengthMetres:0.00} m, ",
                $"(n − 1) × spacing {row.SpanMetres:0.00} m; largest radial error of a mine {row.Mines.Max(x => x.Uncertainty.RadialMetres):0.0} m."),
                Margin, y, 14, new SKColor(30, 90, 200));
        }

        return y;
    }

    private static void Flags(Page page, DigitizedMinefield m, float y)
    {
        y += 10;
        page.Text(m.Flags.Count == 0 ? "Flags: none raised." : $"Flags ({m.Flags.Count}):", Margin, y, 16, SKColors.Black);
        foreach (var flag in m.Flags)
        {
            var color = flag.Severity switch
            {
                Consistency.FlagSeverity.Error => new SKColor(190, 0, 0),
                Consistency.FlagSeverity.Warning => new SKColor(170, 90, 0),
                _ => new SKColor(70, 70, 70),
            };
            foreach (var line in page.Wrap($"{flag.Code} {flag.Severity.ToString().ToLowerInvariant()} ({flag.Subject}): {flag.Message}", 14, Width - 2 * Margin))
            {
                y += 20;
                if (y > Height - Margin)
                {
                    return;
                }

                page.Text(line, Margin, y, 14, color);
            }
        }
    }

    // The leg as written on the paper, with the units it names itself.
    private static string LegText(RecordLeg leg) =>
        $"{leg.Bearing.Text}{(leg.Bearing.Unit is { } u ? " " + AngleUnits.NameOf(u) : string.Empty)} / " +
        $"{leg.Distance.Text}{(leg.Distance.Unit is { } d ? " " + d.ToString().ToLowerInvariant() : string.Empty)}";

    private static void Label(Page page, SKPoint a, SKPoint b, string text) =>
        page.Text(text, (a.X + b.X) / 2 + 6, (a.Y + b.Y) / 2 - 4, 12, new SKColor(100, 100, 100));

    private static SKPath PathOf(Coordinate[] ring, Func<Coordinate, SKPoint> at)
    {
        var path = new SKPath();
        path.AddPoly([.. ring.Select(at)], close: true);
        return path;
    }

    private static SKPaint Stroke(SKColor color, float width, bool dashed = false) => new()
    {
        Color = color,
        StrokeWidth = width,
        Style = SKPaintStyle.Stroke,
        IsAntialias = true,
        PathEffect = dashed ? SKPathEffect.CreateDash([8, 6], 0) : null,
    };

    private sealed class Page(SKCanvas canvas, SKTypeface typeface)
    {
        public SKCanvas Canvas { get; } = canvas;

        public void Text(string text, float x, float y, float size, SKColor color)
        {
            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            Canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
        }

        public IEnumerable<string> Wrap(string text, float size, float width)
        {
            using var font = new SKFont(typeface, size);
            var line = string.Empty;
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line;
                    line = "    " + word;
                }
                else
                {
                    line = candidate;
                }
            }

            yield return line;
        }
    }
}
