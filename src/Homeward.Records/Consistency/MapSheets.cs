using System.Globalization;

namespace Homeward.Records.Consistency;

/// <summary>
/// The Soviet topographic map-sheet nomenclature (spec section 3.3) that records cite: <c>J-38</c> (1:1 000 000),
/// <c>J-38-10</c> (1:100 000), <c>J-38-10-Б</c> (1:50 000), <c>J-38-10-Б-б</c> (1:25 000). Computed from SK-42 (Pulkovo
/// 1942) geographic coordinates, northern and eastern hemispheres. Thread-safe.
/// </summary>
public static class MapSheets
{
    private const string Rows = "ABCDEFGHIJKLMNOPQRSTUV";
    private const string Quarters = "АБВГ";

    /// <summary>The sheet a point lies on, at the level of detail asked for.</summary>
    /// <param name="latitudeDegrees">SK-42 latitude, 0 to 88.</param>
    /// <param name="longitudeDegrees">SK-42 longitude, 0 to 180.</param>
    /// <param name="parts">How many parts: 2 for 1:1 000 000, 3 for 1:100 000, 4 for 1:50 000, 5 for 1:25 000.</param>
    /// <returns>The nomenclature, for example <c>J-38-10-Б-б</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The point is outside the northern and eastern hemispheres, or <paramref name="parts"/> is not 2 to 5.</exception>
    public static string Of(double latitudeDegrees, double longitudeDegrees, int parts = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parts, 5);
        ArgumentOutOfRangeException.ThrowIfNegative(latitudeDegrees);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(latitudeDegrees, 88);
        ArgumentOutOfRangeException.ThrowIfNegative(longitudeDegrees);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(longitudeDegrees, 180);

        var row = (int)Math.Floor(latitudeDegrees / 4);
        var column = (int)Math.Floor((longitudeDegrees + 180) / 6) + 1;
        var text = string.Create(CultureInfo.InvariantCulture, $"{Rows[row]}-{column}");
        if (parts == 2)
        {
            return text;
        }

        // 1:100 000: 12 × 12 sheets of 20′ × 30′, numbered row by row from the north-west corner.
        double top = (row + 1) * 4, left = (column - 1) * 6 - 180;
        var sheetRow = Math.Min(11, (int)Math.Floor((top - latitudeDegrees) * 3));
        var sheetColumn = Math.Min(11, (int)Math.Floor((longitudeDegrees - left) * 2));
        text += string.Create(CultureInfo.InvariantCulture, $"-{sheetRow * 12 + sheetColumn + 1}");
        double height = 1.0 / 3, width = 0.5;
        top -= sheetRow * height;
        left += sheetColumn * width;
        for (var level = 4; level <= parts; level++)
        {
            // Each further level is a quarter: А north-west, Б north-east, В south-west, Г south-east (lower case at 1:25 000).
            height /= 2;
            width /= 2;
            var south = latitudeDegrees < top - height;
            var east = longitudeDegrees >= left + width;
            var letter = Quarters[(south ? 2 : 0) + (east ? 1 : 0)];
            text += "-" + (level == 5 ? char.ToLowerInvariant(letter) : letter);
            top -= south ? height : 0;
            left += east ? width : 0;
        }

        return text;
    }

    /// <summary>Normalises a cited sheet for comparison: upper-case row letter, Cyrillic quarter letters (Latin A, B, V, G read as А, Б, В, Г).</summary>
    /// <param name="sheet">The sheet as written, for example <c>j-38-10-b-b</c>.</param>
    /// <returns>The normalised sheet and its number of parts, or <see langword="null"/> when it is not a sheet nomenclature.</returns>
    public static (string Sheet, int Parts)? Normalize(string? sheet)
    {
        if (string.IsNullOrWhiteSpace(sheet))
        {
            return null;
        }

        var parts = sheet.Trim().Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 5 || parts[0].Length != 1 || !Rows.Contains(char.ToUpperInvariant(parts[0][0]), StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column) || column is < 1 or > 60
            || (parts.Length > 2 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 144)))
        {
            return null;
        }

        var result = new List<string> { parts[0].ToUpperInvariant(), parts[1] };
        if (parts.Length > 2)
        {
            result.Add(parts[2]);
        }

        for (var i = 3; i < parts.Length; i++)
        {
            if (parts[i].Length != 1)
            {
                return null;
            }

            var letter = char.ToUpperInvariant(parts[i][0]) switch
            {
                'A' or 'А' => 'А',
                'B' or 'Б' => 'Б',
                'V' or 'В' => 'В',
                'G' or 'Г' => 'Г',
                _ => '\0',
            };
            if (letter == '\0')
            {
                return null;
            }

            result.Add((i == 4 ? char.ToLowerInvariant(letter) : letter).ToString());
        }

        return (string.Join('-', result), parts.Length);
    }

    /// <summary>The Gauss–Krüger zone of a sheet: its column − 30 (J-38 is zone 8).</summary>
    /// <param name="normalizedSheet">A sheet from <see cref="Normalize"/>.</param>
    /// <returns>The zone.</returns>
    public static int ZoneOf(string normalizedSheet)
    {
        ArgumentNullException.ThrowIfNull(normalizedSheet);
        return int.Parse(normalizedSheet.Split('-')[1], CultureInfo.InvariantCulture) - 30;
    }
}
