using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// Checks a YAML mapping against <see cref="FieldSpec"/>s and produces typed <see cref="FieldValue"/>s.
/// Every problem is reported (unknown keys with a suggestion, wrong types, bad dates, duplicates); a bad
/// value is dropped, so later stages see only valid data.
/// </summary>
public sealed partial class FrontMatterValidator(string path, DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["document"] = "number",
        ["doc"] = "number",
        ["document-number"] = "number",
        ["td"] = "number",
        ["contact"] = "contacts",
        ["author"] = "contacts",
        ["authors"] = "contacts",
        ["keyword"] = "keywords",
        ["question"] = "questions",
        ["place"] = "meeting",
        ["dates"] = "meeting",
        ["period"] = "study-period",
        ["summary"] = "abstract",
        ["actions"] = "action",
        ["session"] = "sessions",
        ["rapporteur"] = "chair",
        ["language"] = "lang",
        ["stats"] = "statistics",
    };

    /// <summary>
    /// The text fields the cover writes as their own text, where CriticMarkup is shown as Word revisions and comments
    /// (list indexes written <c>[]</c>); a mark in any other field is RG1045.
    /// </summary>
    private static readonly HashSet<string> CoverText = new(StringComparer.Ordinal)
    {
        "title", "source", "purpose", "abstract", "approval", "meeting.place", "keywords[]", "questions[]", "for-action[]", "for-information[]",
        "contacts[].name", "contacts[].organization", "contacts[].country", "contacts[].tel", "contacts[].email", "contacts[]",
    };

    /// <summary>Each list of specs by key (the first spec of a key), built once a list: the schema's lists are static.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<FieldSpec>, Dictionary<string, FieldSpec>> SpecsByKey = [];

    /// <summary>Most entries of a mapping whose duplicate keys are found by searching back (beyond, by a dictionary: linear time).</summary>
    private const int ShortMapping = 16;

    /// <summary>Most entries of a mapping whose values and key locations are <see cref="FieldTable{TValue}"/>s (beyond, dictionaries).</summary>
    private const int SmallMapping = 8;

    /// <summary>Required keys written with no value (<c>title: ~</c>, <c>title: ' '</c>, <c>contacts: []</c>), by their full name; made on first use.</summary>
    private HashSet<string>? emptyRequired;

    public ObjectValue ValidateObject(YamlMapping mapping, IReadOnlyList<FieldSpec> specs, string pathPrefix = "") =>
        ValidateObject(mapping, specs, new FieldPrefix(pathPrefix));

    /// <summary>Reports required fields absent from <paramref name="value"/> (after defaults were layered).</summary>
    public void CheckRequired(ObjectValue value, IReadOnlyList<FieldSpec> specs, SourceLocation where, string pathPrefix = "") =>
        CheckRequired(value, specs, where, new FieldPrefix(pathPrefix));

    private ObjectValue ValidateObject(YamlMapping mapping, IReadOnlyList<FieldSpec> specs, FieldPrefix pathPrefix)
    {
        // Sized for every key at once (the entries are only added: the same order as when grown one key at a time).
        var entries = mapping.Entries;

        // A short mapping (an item of documents or sessions) in two tables made to size instead of two dictionaries
        // (issue 21, h29c); the same lookups and order. Every key is added once: a duplicate is rejected before.
        bool small = entries.Count <= SmallMapping;
        var fieldTable = small ? new FieldTable<FieldValue>(entries.Count) : null;
        var keyTable = small ? new FieldTable<SourceLocation>(entries.Count) : null;
        var fields = small ? null : new Dictionary<string, FieldValue>(entries.Count, StringComparer.Ordinal);
        var keys = small ? null : new Dictionary<string, SourceLocation>(entries.Count, StringComparer.Ordinal);

        // Duplicates: a short mapping (every one of a record, in practice) is searched back, a long one indexed.
        var seen = entries.Count > ShortMapping ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var byKey = SpecsByKey.GetValue(specs, static list =>
        {
            var index = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
            foreach (var spec in list)
            {
                index.TryAdd(spec.Key, spec);
            }

            return index;
        });
        for (int e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            string key = entry.Key.Value;
            var keyLocation = Span(entry.Key);
            if (FirstLine(entries, e, seen) is { } firstLine)
            {
                diagnostics.Add(FrontMatterDescriptors.DuplicateKey, keyLocation, key, firstLine + 1);
                continue;
            }

            if (!byKey.TryGetValue(key, out var spec))
            {
                diagnostics.Add(FrontMatterDescriptors.UnknownKey, keyLocation, pathPrefix.Of(key), Suggest(key, specs));
                continue;
            }

            // The key counts as written even when its value is rejected: no "required field missing" on top.
            if (keyTable is not null)
            {
                keyTable.Add(key, keyLocation);
            }
            else
            {
                keys![key] = keyLocation;
            }

            var value = spec.Required && IsEmpty(entry.Value) ? null : Validate(entry.Value, spec, pathPrefix, key);
            if (spec.Required && (IsEmpty(entry.Value) || IsEmpty(value)))
            {
                // Written, but empty: as good as missing (CheckRequired reports it at the key).
                (emptyRequired ??= new HashSet<string>(StringComparer.Ordinal)).Add(pathPrefix.Of(key));
            }
            else if (value is not null)
            {
                if (fieldTable is not null)
                {
                    fieldTable.Add(key, value);
                }
                else
                {
                    fields![key] = value;
                }
            }
        }

        return new ObjectValue((IReadOnlyDictionary<string, FieldValue>?)fieldTable ?? fields!, (IReadOnlyDictionary<string, SourceLocation>?)keyTable ?? keys!, Span(mapping));
    }

    /// <summary>
    /// The line of the first entry before <paramref name="index"/> with the same key, or null when the key is new (then
    /// it is added to <paramref name="seen"/>, the index of a long mapping; a short one is searched back).
    /// </summary>
    private static int? FirstLine(IReadOnlyList<YamlEntry> entries, int index, Dictionary<string, int>? seen)
    {
        var key = entries[index].Key;
        if (seen is not null)
        {
            return seen.TryAdd(key.Value, key.Start.Line) ? null : seen[key.Value];
        }

        for (int i = 0; i < index; i++)
        {
            if (string.Equals(entries[i].Key.Value, key.Value, StringComparison.Ordinal))
            {
                // The first entry with this key (the one an index would hold).
                return entries[i].Key.Start.Line;
            }
        }

        return null;
    }

    private void CheckRequired(ObjectValue value, IReadOnlyList<FieldSpec> specs, SourceLocation where, FieldPrefix pathPrefix)
    {
        for (int i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            if (!spec.Required)
            {
                continue;
            }

            if (!value.KeyLocations.TryGetValue(spec.Key, out var keyLocation))
            {
                diagnostics.Add(FrontMatterDescriptors.RequiredMissing, where, pathPrefix.Of(spec.Key), spec.Example, "missing");
            }
            else if (!value.Fields.ContainsKey(spec.Key) && emptyRequired is not null && emptyRequired.Contains(pathPrefix.Of(spec.Key)))
            {
                diagnostics.Add(FrontMatterDescriptors.RequiredMissing, keyLocation, pathPrefix.Of(spec.Key), spec.Example, "empty");
            }
        }
    }

    /// <summary>A null, empty or blank scalar, or an empty list: a value that says nothing.</summary>
    private static bool IsEmpty(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value),
        YamlSequence sequence => sequence.Items.Count == 0,
        _ => false,
    };

    private static bool IsEmpty(FieldValue? value) => value switch
    {
        ScalarValue scalar => string.IsNullOrWhiteSpace(scalar.Text),
        ListValue list => list.Items.Count == 0,
        _ => false,
    };

    /// <summary>
    /// <see cref="Validate(YamlNode, FieldSpec, string)"/> of the field <paramref name="key"/> under <paramref name="prefix"/>:
    /// a scalar's full name is only made for a message (most values have none).
    /// </summary>
    private FieldValue? Validate(YamlNode node, FieldSpec spec, FieldPrefix prefix, string key)
    {
        switch (spec.Kind)
        {
            case FieldKind.Object or FieldKind.ObjectList or FieldKind.TextList:
                return Validate(node, spec, prefix.Of(key));
            default:
                if (node is YamlScalar { IsNull: false } scalar)
                {
                    return ValidateScalar(scalar, spec, prefix, key);
                }

                return Validate(node, spec, prefix.Of(key));
        }
    }

    private FieldValue? Validate(YamlNode node, FieldSpec spec, string name)
    {
        switch (spec.Kind)
        {
            case FieldKind.Object:
                if (node is not YamlMapping mapping)
                {
                    if (spec.ShorthandKey is not null && node is not YamlScalar { IsNull: true })
                    {
                        // "covers: meetings/*.md" stands for "covers: {files: meetings/*.md}".
                        return Validate(node, spec.Find(spec.ShorthandKey)!, name) is { } shorthand
                            ? new ObjectValue(
                                new Dictionary<string, FieldValue> { [spec.ShorthandKey] = shorthand },
                                new Dictionary<string, SourceLocation> { [spec.ShorthandKey] = Span(node) },
                                Span(node))
                            : null;
                    }

                    return WrongType(node, name, "a mapping of " + string.Join(", ", spec.Fields.Select(f => f.Key)));
                }

                var prefix = new FieldPrefix(name + ".");
                var obj = ValidateObject(mapping, spec.Fields, prefix);
                CheckRequired(obj, spec.Fields, Span(mapping), prefix);
                return obj;

            case FieldKind.ObjectList:
                return ValidateObjectList(node, spec, name);

            case FieldKind.TextList:
                return ValidateTextList(node, name);

            default:
                if (node is YamlMapping { Entries: [var first, ..] } && first.Key.Value.Length >= 2 && first.Key.Value[..2] is "++" or "--" or "~~" or ">>" or "==")
                {
                    // title: {++new++} is a flow mapping to YAML.
                    diagnostics.Add(FrontMatterDescriptors.ReviewNotQuoted, Span(node), name, "{" + first.Key.Value[..2]);
                    return null;
                }

                if (node is not YamlScalar scalar)
                {
                    return WrongType(node, name, Expectation(spec.Kind));
                }

                if (scalar.IsNull)
                {
                    // "key:" with no value counts as not set, so required checks catch it.
                    return null;
                }

                return ValidateScalar(scalar, spec, new FieldPrefix(name), string.Empty);
        }
    }

    /// <summary>A scalar of a field whose full name is <paramref name="prefix"/> then <paramref name="key"/>, made only for a message.</summary>
    private FieldValue? ValidateScalar(YamlScalar scalar, FieldSpec spec, FieldPrefix prefix, string key)
    {
        var location = Span(scalar);
        string text = spec.Kind == FieldKind.Markdown ? scalar.Value : scalar.Value.Trim();
        IReadOnlyList<Model.Inline>? review = null;
        if (spec.Kind != FieldKind.Markdown && CriticValue.HasMarks(text))
        {
            if (Reviewed(scalar, text, spec, prefix.Of(key)) is not { } reviewed)
            {
                return null;
            }

            (text, review) = reviewed;
        }

        switch (spec.Kind)
        {
            case FieldKind.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidDate, location, text, prefix.Of(key));
                    return null;
                }

                return new DateValue(date, location);

            case FieldKind.Count:
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || !scalar.IsPlain)
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidNumber, location, prefix.Of(key), text);
                    return null;
                }

                return new CountValue(count, location);

            case FieldKind.Boolean:
                if (!scalar.IsPlain || text.ToLowerInvariant() is not ("true" or "false"))
                {
                    diagnostics.Add(FrontMatterDescriptors.WrongType, location, prefix.Of(key), "true or false", "'" + text + "'");
                    return null;
                }

                return new ScalarValue(text.ToLowerInvariant(), scalar, location);

            case FieldKind.Choice:
                var match = spec.AllowedValues.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    diagnostics.Add(FrontMatterDescriptors.NotAllowedValue, location, text, prefix.Of(key), string.Join(", ", spec.AllowedValues));
                    return null;
                }

                return new ScalarValue(match, scalar, location);

            case FieldKind.DocumentNumber:
                if (!DocumentNumber.TryParse(text, out _) && !ConferenceNumber.TryParse(text, out _)
                    && !(DocumentReferenceScanner.TryParse(text, out var meetingDocument) && meetingDocument!.MeetingDocument is not null))
                {
                    diagnostics.Add(FrontMatterDescriptors.MalformedDocumentNumber, location, text);
                    return null;
                }

                break;

            case FieldKind.StudyPeriod:
                var period = StudyPeriodPattern().Match(text);
                if (!period.Success || !IsPlausiblePeriod(period))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidStudyPeriod, location, text);
                    return null;
                }

                break;

            case FieldKind.Identifier:
                if (!IdentifierPattern().IsMatch(text))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidFormat, location, text, prefix.Of(key), "must be letters, digits and hyphens starting with a letter, e.g. RG-IEM");
                    return null;
                }

                break;

            case FieldKind.GroupName:
                if (!Model.BodyNames.IsGroupName(text))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidFormat, location, text, prefix.Of(key), "must be a group name as ITU writes it: letters and digits joined by hyphens, with at most one slash, e.g. RG-IEM, WP2/TSAG, Q4/19 or SG17");
                    return null;
                }

                break;

            case FieldKind.Text when spec.UsualValues.Count > 0:
                if (!FrontMatterSchema.IsUsualPurpose(text))
                {
                    diagnostics.Add(FrontMatterDescriptors.UnknownPurpose, location, text, string.Join(", ", spec.UsualValues));
                }

                break;
        }

        return new ScalarValue(text, scalar, location) { Review = review };
    }

    /// <summary>
    /// A value with CriticMarkup: its text with the changes accepted, and the marks when the cover shows the field as
    /// text (else RG1045, and the accepted text only); null when the marks cannot be read (RG1046).
    /// </summary>
    private (string Text, IReadOnlyList<Model.Inline>? Review)? Reviewed(YamlScalar scalar, string text, FieldSpec spec, string name)
    {
        int lead = scalar.Value.Length - scalar.Value.TrimStart().Length;
        bool oneLine = scalar.Start.Line == scalar.End.Line || (scalar.End.Line == scalar.Start.Line + 1 && scalar.End.Character == 0);
        int column = scalar.Start.Character + (scalar.IsPlain ? 0 : 1) + lead;
        SourceLocation Locate(int offset) => oneLine && !text.Contains('\n')
            ? SourceLocation.At(path, scalar.Start.Line, column + offset, 1)
            : Span(scalar);
        if (CriticValue.Parse(text, Locate, out string? problem) is not { } parsed)
        {
            diagnostics.Add(FrontMatterDescriptors.ReviewMalformed, Span(scalar), name, problem!);
            return null;
        }

        string accepted = parsed.Accepted.Trim();
        if (spec.Kind == FieldKind.Text && CoverText.Contains(ListIndex().Replace(name, "[]")))
        {
            return (accepted, parsed.Inlines);
        }

        string rejected = CriticValue.Rejected(parsed.Inlines).Trim();
        string what = spec.Kind switch
        {
            FieldKind.Date => "a date",
            FieldKind.Count => "a number",
            FieldKind.Choice or FieldKind.Boolean => "a choice among fixed values",
            FieldKind.DocumentNumber => "the document number",
            FieldKind.StudyPeriod => "the study period",
            _ => "this field",
        };
        diagnostics.Add(FrontMatterDescriptors.ReviewNotShown, Span(scalar), name, what, accepted, rejected);
        return (accepted, null);
    }

    private ListValue? ValidateTextList(YamlNode node, string name)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                // "TSAG; report" is a list too, as ITU cover pages write keywords.
                var parts = scalar.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return new ListValue([.. parts.Select((p, i) => ListItem(scalar, p, name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]")).OfType<ScalarValue>()], Span(scalar));
            case YamlSequence sequence:
                var items = new List<FieldValue>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text)
                    {
                        if (ListItem(text, text.Value.Trim(), name, items.Count) is { } value)
                        {
                            items.Add(value);
                        }
                    }
                    else if (item is not YamlScalar)
                    {
                        WrongType(item, name + "[]", "text");
                    }
                }

                return new ListValue(items, Span(sequence));
            default:
                return WrongType(node, name, "text or a list of text") as ListValue;
        }
    }

    /// <summary>One text item of a list, its CriticMarkup read as a text field's.</summary>
    private ScalarValue? ListItem(YamlScalar scalar, string text, string name)
    {
        if (!CriticValue.HasMarks(text))
        {
            return new ScalarValue(text, scalar, Span(scalar));
        }

        return ReviewedItem(scalar, text, name);
    }

    /// <summary><see cref="ListItem(YamlScalar, string, string)"/> of item <paramref name="index"/> of the list <paramref name="list"/>: its name is made only for its marks.</summary>
    private ScalarValue? ListItem(YamlScalar scalar, string text, string list, int index) =>
        CriticValue.HasMarks(text)
            ? ReviewedItem(scalar, text, FieldPrefix.Item(list, index))
            : new ScalarValue(text, scalar, Span(scalar));

    private ScalarValue? ReviewedItem(YamlScalar scalar, string text, string name)
    {
        return Reviewed(scalar, text, new FieldSpec(name, FieldKind.Text, string.Empty), name) is { } reviewed
            ? new ScalarValue(reviewed.Text, scalar, Span(scalar)) { Review = reviewed.Review }
            : null;
    }

    private ListValue? ValidateObjectList(YamlNode node, FieldSpec spec, string name)
    {
        IReadOnlyList<YamlNode> items = node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlMapping mapping => [mapping],
            YamlScalar { IsNull: true } => [],
            YamlScalar scalar when spec.ShorthandKey is not null => [scalar],
            _ => [],
        };
        if (node is YamlScalar { IsNull: false } && spec.ShorthandKey is null)
        {
            WrongType(node, name, "a list");
            return null;
        }

        // Every item gives at most one value: the list is made to size.
        var values = new List<FieldValue>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case YamlMapping mapping:
                    // The item's name ("documents[3].") is made only for a message.
                    var prefix = new FieldPrefix(name, i);
                    var obj = ValidateObject(mapping, spec.Fields, prefix);
                    CheckRequired(obj, spec.Fields, Span(mapping), prefix);
                    values.Add(obj);
                    break;
                case YamlScalar { IsNull: false } scalar when spec.ShorthandKey is not null:
                    string itemName = FieldPrefix.Item(name, i);
                    var shorthandSpec = spec.Find(spec.ShorthandKey)!;
                    if (Validate(scalar, shorthandSpec, itemName) is { } shorthand)
                    {
                        values.Add(new ObjectValue(
                            new Dictionary<string, FieldValue> { [spec.ShorthandKey] = shorthand },
                            new Dictionary<string, SourceLocation> { [spec.ShorthandKey] = Span(scalar) },
                            Span(scalar)));
                    }

                    break;
                default:
                    WrongType(items[i], FieldPrefix.Item(name, i), "a mapping of " + string.Join(", ", spec.Fields.Select(f => f.Key)));
                    break;
            }
        }

        return new ListValue(values, Span(node));
    }

    private FieldValue? WrongType(YamlNode node, string name, string expected)
    {
        diagnostics.Add(FrontMatterDescriptors.WrongType, Span(node), name, expected, node.KindName);
        return null;
    }

    private SourceLocation Span(YamlNode node) => new(path, node.Start, node.End);

    private static string Expectation(FieldKind kind) => kind switch
    {
        FieldKind.Date => "a date (YYYY-MM-DD)",
        FieldKind.Count => "a whole number",
        FieldKind.Boolean => "true or false",
        FieldKind.Markdown => "text (use '|' for several lines)",
        _ => "text",
    };

    private static string Suggest(string key, IReadOnlyList<FieldSpec> specs)
    {
        var names = specs.Select(s => s.Key).ToList();
        if (Synonyms.TryGetValue(key, out var synonym) && names.Contains(synonym))
        {
            return $"; did you mean '{synonym}'?";
        }

        string suggestion = Suggestions.DidYouMean(key, names);
        return suggestion.Length > 0 ? suggestion : "; see docs/record-format.md for the fields a record can have";
    }

    private static bool IsPlausiblePeriod(Match match)
    {
        int from = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int to = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return to > from && to - from <= 6;
    }

    [GeneratedRegex(@"^(\d{4})[-\u2013](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex StudyPeriodPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex ListIndex();
}
