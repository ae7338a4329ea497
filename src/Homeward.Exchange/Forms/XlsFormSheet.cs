namespace Homeward.Exchange.Forms;

/// <summary>One worksheet of an XLSForm as text: its header row and its rows (each as long as the header).</summary>
/// <param name="Name">The sheet's name: <c>survey</c>, <c>choices</c> or <c>settings</c>.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows below the header, empty cells as empty strings.</param>
public sealed record XlsFormSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The value of column <paramref name="column"/> in row <paramref name="row"/>, or empty when the sheet has no such column.</summary>
    /// <param name="row">The 0-based row below the header.</param>
    /// <param name="column">The column's name.</param>
    /// <returns>The text.</returns>
    public string Cell(int row, string column)
    {
        var index = IndexOf(column);
        return index < 0 || index >= Rows[row].Count ? string.Empty : Rows[row][index];
    }

    /// <summary>The index of a column, or -1.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
