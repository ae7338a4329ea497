using Homeward.Domain;

namespace Homeward.Exchange.Forms;

/// <summary>One row of an XLSForm's <c>choices</c> sheet.</summary>
/// <param name="ListName">The list, named in a <c>select_one LIST</c> question.</param>
/// <param name="Name">The value a submission carries: for code-table lists, the Homeward code itself.</param>
/// <param name="Label">The label in English, Azerbaijani and Russian.</param>
public sealed record FormChoice(string ListName, string Name, LocalizedText Label);
