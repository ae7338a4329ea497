using System.Globalization;
using Homeward.Geo.Crs;
using Homeward.Records.Format;
using Homeward.Records.Units;

namespace Homeward.Records.Tests.Traverse;

// Properties of the traverse over records generated from random closed polygons (seeded, so every run is the same).
public sealed partial class MinefieldDigitizerTests
{
    private const double LandmarkEast = 8_665_000;
    private const double LandmarkNorth = 4_430_000;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Digitize_TraverseOfARandomClosedPolygon_ClosesWithZeroMisclosure(int seed)
    {
        var corners = RandomPolygon(new Random(seed));

        var minefield = SampleRecords.Digitize(Record(corners, rotationDegrees: 0, AngleUnit.Degree));

        Assert.Equal(0, minefield.Closure!.LinearMetres, 1e-6);
        Assert.True(minefield.Closure.IsAdjusted);
        for (var i = 0; i < corners.Count; i++)
        {
            var point = minefield.Point($"P{i + 1}");
            Assert.Equal(corners[i].East, point.PlaneEast, 1e-6);
            Assert.Equal(corners[i].North, point.PlaneNorth, 1e-6);
        }

        Assert.DoesNotContain(minefield.Flags, f => f.Code is "F01" or "F05" or "F06" or "F08");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Digitize_EveryBearingRotated_RotatesTheResultAboutTheReferencePoint(int seed)
    {
        var random = new Random(seed);
        var corners = RandomPolygon(random);
        var theta = random.NextDouble() * 360;

        var original = SampleRecords.Digitize(Record(corners, 0, AngleUnit.Degree));
        var rotated = SampleRecords.Digitize(Record(corners, theta, AngleUnit.Degree));

        var (sin, cos) = Math.SinCos(theta * Math.PI / 180);
        foreach (var point in original.Points)
        {
            var (dE, dN) = (point.PlaneEast - LandmarkEast, point.PlaneNorth - LandmarkNorth);

            // Bearings turn clockwise, so the plane turns clockwise by θ about the reference point.
            var other = rotated.Point(point.Id);
            Assert.Equal(LandmarkEast + dE * cos + dN * sin, other.PlaneEast, 1e-6);
            Assert.Equal(LandmarkNorth - dE * sin + dN * cos, other.PlaneNorth, 1e-6);
            Assert.Equal(point.Uncertainty.RadialMetres, other.Uncertainty.RadialMetres, 1e-6);
        }

        Assert.Equal(original.PlaneAreaSquareMetres, rotated.PlaneAreaSquareMetres, 1e-4);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Digitize_SameBearingsInAnotherUnit_ChangesNothing(int seed)
    {
        var corners = RandomPolygon(new Random(seed));
        var inDegrees = SampleRecords.Digitize(Record(corners, 0, AngleUnit.Degree));

        foreach (var unit in new[] { AngleUnit.Mil6000, AngleUnit.Mil6400, AngleUnit.Mil6300, AngleUnit.Grad })
        {
            var converted = SampleRecords.Digitize(Record(corners, 0, unit));

            Assert.Equal(inDegrees.Points.Count, converted.Points.Count);
            foreach (var point in inDegrees.Points)
            {
                Assert.Equal(point.PlaneEast, converted.Point(point.Id).PlaneEast, 1e-6);
                Assert.Equal(point.PlaneNorth, converted.Point(point.Id).PlaneNorth, 1e-6);
                Assert.Equal(point.Longitude, converted.Point(point.Id).Longitude, 1e-11);
            }
        }
    }

    /// <summary>A simple polygon: 4 to 9 corners at random radii (40–250 m) and sorted random angles about a centre 300 m from the landmark.</summary>
    private static List<(double East, double North)> RandomPolygon(Random random)
    {
        var n = random.Next(4, 10);
        var (centreEast, centreNorth) = (LandmarkEast + 250 + random.NextDouble() * 100, LandmarkNorth + random.NextDouble() * 200 - 100);
        var angles = Enumerable.Range(0, n).Select(i => (i + 0.2 + random.NextDouble() * 0.6) * 2 * Math.PI / n).ToList();
        return [.. angles.Select(a => (centreEast + Math.Sin(a) * (40 + random.NextDouble() * 210), centreNorth + Math.Cos(a) * (40 + random.NextDouble() * 210)))];
    }

    /// <summary>The record a surveyor would write walking round the polygon: a tie leg, perimeter legs, the closing leg and a row.</summary>
    private static MinefieldRecord Record(List<(double East, double North)> corners, double rotationDegrees, AngleUnit unit)
    {
        var points = new List<RecordPoint> { new("points[0]", "L", RecordPointType.Landmark, LandmarkEast, LandmarkNorth, null, null, 5, null) };
        var previous = (Id: "L", At: (East: LandmarkEast, North: LandmarkNorth));
        for (var i = 0; i < corners.Count; i++)
        {
            var id = $"P{i + 1}";
            points.Add(new RecordPoint($"points[{i + 1}]", id, RecordPointType.Turning, null, null,
                Leg($"points[{i + 1}]", previous.Id, id, previous.At, corners[i], rotationDegrees, unit), null, null, null));
            previous = (id, corners[i]);
        }

        var (start, end) = (corners[0], corners[1]);
        var length = Math.Sqrt(Math.Pow(end.East - start.East, 2) + Math.Pow(end.North - start.North, 2));
        return new MinefieldRecord
        {
            Id = "RANDOM",
            LaidFrom = new DateOnly(1993, 6, 15),
            LaidTo = new DateOnly(1993, 6, 15),
            Crs = CoordinateReferenceSystem.Pulkovo1942GaussKrugerZone8,
            BearingUnit = unit,
            BearingReference = BearingReference.Grid,
            Points = points,
            Legs = [Leg("legs[0]", $"P{corners.Count}", "P1", corners[^1], corners[0], rotationDegrees, unit)],
            Perimeter = [.. Enumerable.Range(1, corners.Count).Select(i => $"P{i}"), "P1"],

            // Ten mines from P1 towards P2, one every tenth of the side: inside the perimeter and exactly as long as the row.
            Rows = [new RecordRow("rows[0]", "A", "P1", "P2", null, null, "PMN", 10, length / 9)],
        };
    }

    private static RecordLeg Leg(string field, string from, string to, (double East, double North) a, (double East, double North) b,
        double rotationDegrees, AngleUnit unit)
    {
        var (dE, dN) = (b.East - a.East, b.North - a.North);
        var degrees = ((Math.Atan2(dE, dN) * 180 / Math.PI) + rotationDegrees + 720) % 360;
        var value = AngleUnits.FromDegrees(degrees, unit);
        var distance = Math.Sqrt(dE * dE + dN * dN);
        return new RecordLeg(field, from, to,
            new RecordBearing(value.ToString("R", CultureInfo.InvariantCulture), value, null, null, false),
            new RecordDistance(distance.ToString("R", CultureInfo.InvariantCulture), distance, null), null);
    }
}
