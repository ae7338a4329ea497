using System.Globalization;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Storage;

namespace Homeward.Exchange.Import;

/// <summary>The conversion of source values to Homeward's: types, code values with suggestions, references, dates.</summary>
public sealed partial class Importer
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy/MM/dd HH:mm:ss"];

    private static readonly char[] ListSeparators = [';', ',', '|'];

    private async Task<JsonNode?> ConvertValueAsync(ImportField field, object value, string record, string column, IHomewardStore? store,
        List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        if (field.IsList)
        {
            object[] parts = value is string text ? text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value];
            var array = new JsonArray();
            foreach (var part in parts)
            {
                var one = await ConvertOneAsync(field, part, record, column, store, problems, cancellationToken).ConfigureAwait(false);
                if (one is null)
                {
                    return null;
                }

                array.Add(one);
            }

            return array;
        }

        return await ConvertOneAsync(field, value, record, column, store, problems, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonNode?> ConvertOneAsync(ImportField field, object value, string record, string column, IHomewardStore? store,
        List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var text = value switch
        {
            string s => s.Trim(),
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
        if (Mapped(field, text) is { } mapped)
        {
            text = mapped;
            value = mapped;
        }

        void Problem(string message) => problems.Add(new ImportProblem(record, column, text, null, message));

        var property = field.Property;
        if (property?.CodeTable is { } table)
        {
            if (_options.Codes.Contains(table, text))
            {
                return JsonValue.Create(text);
            }

            var lower = text.ToLowerInvariant().Replace(' ', '-');
            if (_options.Codes.Contains(table, lower))
            {
                return JsonValue.Create(lower);
            }

            var suggestions = _options.Codes.Suggest(table, text);
            Problem($"not a code of the {table} table" + (suggestions.Count > 0 ? $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?" : ".")
                + $" Map it in the mapping file (values: {{ {field.Name}: {{ \"{text}\": CODE }} }}).");
            return null;
        }

        if (property is { IsReference: true })
        {
            return await ReferenceAsync(field, text, store, Problem, cancellationToken).ConfigureAwait(false);
        }

        var type = field.ValueType;
        if (type == typeof(string))
        {
            return JsonValue.Create(text);
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            var name = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(ImportMapping.Normalize(n), ImportMapping.Normalize(text), StringComparison.Ordinal));
            if (name is null)
            {
                Problem($"not one of {string.Join(", ", names.Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
                return null;
            }

            return JsonValue.Create(char.ToLowerInvariant(name[0]) + name[1..]);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            if (!TabularGeometry.TryNumber(value, out var number) || number != Math.Floor(number) || !double.IsFinite(number)
                || (type == typeof(int) ? Math.Abs(number) > int.MaxValue : Math.Abs(number) > 9e15))
            {
                Problem("not a whole number.");
                return null;
            }

            return type == typeof(int) ? JsonValue.Create((int)number) : JsonValue.Create((long)number);
        }

        if (type == typeof(double))
        {
            if (!TabularGeometry.TryNumber(value, out var number) || !double.IsFinite(number))
            {
                Problem("not a number.");
                return null;
            }

            return JsonValue.Create(number);
        }

        if (type == typeof(decimal))
        {
            // Money: a text keeps its exact digits (a decimal comma as TryNumber reads it); a number cell is as exact as the file.
            if (!TabularGeometry.TryNumber(value, out var number) || !double.IsFinite(number) || Math.Abs(number) > 7.9e28
                || !decimal.TryParse(value is string ? text.Replace(',', '.') : number.ToString("R", CultureInfo.InvariantCulture),
                    NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            {
                Problem("not a number (a dot for decimals, no thousands separators).");
                return null;
            }

            // Trailing zeros (1250000.50) say nothing about the amount; dividing by 1.000… drops them, so equal amounts store alike.
            return JsonValue.Create(exact / 1.000000000000000000000000000000000m);
        }

        if (type == typeof(bool))
        {
            var b = ImportMapping.Normalize(text) switch
            {
                "true" or "yes" or "y" or "1" or "t" or "da" or "bəli" => true,
                "false" or "no" or "n" or "0" or "f" or "net" or "xeyr" => (bool?)false,
                _ => null,
            };
            if (b is null)
            {
                Problem("not yes or no (true/false, 1/0).");
                return null;
            }

            return JsonValue.Create(b.Value);
        }

        if (type == typeof(DateOnly))
        {
            if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dateTime))
            {
                Problem("not a date; write it yyyy-MM-dd (or dd.MM.yyyy).");
                return null;
            }

            var date = DateOnly.FromDateTime(dateTime);
            if (date > _options.Today && property?.IsPlannedDate != true)
            {
                Problem($"the date is in the future (today is {_options.Today:yyyy-MM-dd}).");
                return null;
            }

            if (date < _options.EarliestDate)
            {
                Problem($"the date is before {_options.EarliestDate:yyyy-MM-dd}, earlier than any mine action record Homeward keeps; a mistyped year?");
                return null;
            }

            return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Problem($"Homeward cannot import a value of type {type.Name} from a column.");
        return null;
    }

    private string? Mapped(ImportField field, string text)
    {
        var values = _options.Mapping.Values;
        var table = values.GetValueOrDefault(field.Name)
            ?? values.FirstOrDefault(v => FieldNamed(v.Key) == field).Value;
        if (table is null)
        {
            return null;
        }

        return table.TryGetValue(text, out var exact) ? exact
            : table.FirstOrDefault(p => string.Equals(p.Key.Trim(), text, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private async Task<JsonNode?> ReferenceAsync(ImportField field, string text, IHomewardStore? store, Action<string> problem,
        CancellationToken cancellationToken)
    {
        if (text.StartsWith('#') || store is null)
        {
            return JsonValue.Create(text);
        }

        if (!_references.TryGetValue(text, out var kind))
        {
            var stored = Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
                ? await store.GetAsync(id, null, cancellationToken).ConfigureAwait(false)
                : await store.FindByCodeAsync(text, null, cancellationToken).ConfigureAwait(false);
            kind = stored?.State.Kind;
            _references[text] = kind;
        }

        if (kind is null)
        {
            problem("no object in the database has this code; import or create it first.");
            return null;
        }

        if (field.Property!.ReferencedKind is { } expected && expected != kind)
        {
            problem($"this is a {ObjectKindInfo.Of(kind.Value).JsonName}, but {field.Name} refers to a {ObjectKindInfo.Of(expected).JsonName}.");
            return null;
        }

        return JsonValue.Create(text);
    }
}
