using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>Stage 4a: builds <see cref="RecordMetadata"/> from validated front matter values.</summary>
internal static class MetadataBinder
{
    public static RecordMetadata Bind(ObjectValue values, IReadOnlyList<SourceText> sources, DiagnosticBag diagnostics)
    {
        var meeting = values.Get("meeting") as ObjectValue;
        DocumentNumber? number = null;
        ConferenceNumber? conference = null;
        MeetingDocumentNumber? meetingDocument = null;
        if (values.Text("number") is { } numberText)
        {
            if (DocumentNumber.TryParse(numberText, out var parsed))
            {
                number = parsed!.WithDefaultBody(BodyNames.Code(values.Text("parent")));
            }
            else if (ConferenceNumber.TryParse(numberText, out var conferenceNumber))
            {
                conference = conferenceNumber;
            }
            else if (DocumentReferenceScanner.TryParse(numberText, out var reference))
            {
                meetingDocument = reference!.MeetingDocument;
            }
        }

        if (meeting?.Date("from") is { } from && meeting.Date("to") is { } to && to < from)
        {
            diagnostics.Add(FrontMatterDescriptors.DateRangeReversed, meeting.Get("to")!.Location, "meeting.to", Format(to), "meeting.from", Format(from));
        }

        var kind = string.Equals(values.Text("kind"), "progress-report", StringComparison.Ordinal) ? RecordKind.ProgressReport : RecordKind.Meeting;
        var covers = BindCovers(values, kind, diagnostics);
        string? prefix = values.Text("action-prefix") ?? BodyNames.ActionPrefix(values.Text("group"));
        var statistics = values.Get("statistics") as ObjectValue;
        var questions = values.TextList("questions");
        var (forAction, forInformation) = BindAddressees(values, diagnostics);
        return new RecordMetadata
        {
            Number = number,
            ConferenceNumber = conference,
            MeetingDocument = meetingDocument,
            Type = DocumentForms.Find(values.Text("type"))?.Type ?? (conference is not null ? DocumentType.Conference : DocumentType.TD),
            Group = values.Text("group"),
            Parent = values.Text("parent"),
            StudyPeriod = values.Text("study-period")?.Replace('\u2013', '-'),
            Original = values.Text("original") ?? "English",
            // Absent: N/A, as TSAG writes it; written empty (questions: ""): no row.
            Questions = values.KeyLocations.ContainsKey("questions") ? questions : ["N/A"],
            Meeting = meeting is null ? null : new MeetingInfo(meeting.Text("place"), meeting.Date("from"), meeting.Date("to") ?? meeting.Date("from")),
            Source = values.Text("source"),
            Title = values.Text("title"),
            Purpose = values.Text("purpose"),
            Contacts = BindContacts(values),
            Keywords = values.TextList("keywords"),
            Abstract = values.Text("abstract"),
            Action = BindAction(values.Get("action") as ScalarValue, prefix, sources, diagnostics),
            ActionPrefix = values.Text("action-prefix"),
            ForAction = forAction,
            ForInformation = forInformation,
            Approval = values.Text("approval"),
            Deadline = values.Date("deadline"),
            Sessions = BindSessions(values),
            Chair = values.Text("chair"),
            AssociateRapporteurs = values.TextList("associate-rapporteurs"),
            Documents = BindDocuments(values),
            Statistics = statistics is null ? null : new MeetingStatistics(
                statistics.Count("participants"),
                statistics.Count("africa"),
                statistics.Count("americas"),
                statistics.Count("arab-states"),
                statistics.Count("asia-pacific"),
                statistics.Count("cis"),
                statistics.Count("europe"),
                statistics.Count("tsb"),
                statistics.Count("documents"),
                statistics.Text("report")),
            Logo = values.Text("logo"),
            Template = values.Text("template"),
            Toc = values.Text("toc") == "true",
            TocTitle = values.Text("toc-title") ?? "Contents",
            Language = values.Text("lang") ?? "en-GB",
            Date = values.Date("date"),
            Kind = kind,
            Covers = covers,
            ActionStatuses = BindActionStatuses(values, diagnostics),
            Reviews = BindReviews(values),
        };
    }

    // The lists of the cover and the front matter, by a loop instead of Where, Select and ToList (issue 21, h28c): the same
    // items in the same order.
    private static List<Contact> BindContacts(ObjectValue values) =>
        BindItems(values, "contacts", static c => c.Text("name") is { } name
            ? new Contact(name, c.Text("organization"), c.Text("country"), c.Text("tel"), c.Text("email"))
            : null);

    private static List<SessionInfo> BindSessions(ObjectValue values) =>
        BindItems(values, "sessions", static s => s.Date("date") is { } date ? new SessionInfo(date, s.Text("time"), s.Text("note")) : null);

    private static List<DocumentEntry> BindDocuments(ObjectValue values) =>
        BindItems(values, "documents", static d => d.Text("number") is { } number ? new DocumentEntry(number, d.Text("title"), d.Text("source")) : null);

    /// <summary>What <paramref name="bind"/> makes of each mapping of the list <paramref name="key"/>, leaving out those it makes nothing of.</summary>
    private static List<T> BindItems<T>(ObjectValue values, string key, Func<ObjectValue, T?> bind)
        where T : class
    {
        // The list's items read in place (not first copied into a list of its mappings, as Objects gives them; h29c).
        if (values.Get(key) is not ListValue list)
        {
            return [];
        }

        var items = list.Items;
        int count = 0;
        for (int i = 0; i < items.Count; i++)
        {
            count += items[i] is ObjectValue ? 1 : 0;
        }

        var bound = new List<T>(count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is ObjectValue obj && bind(obj) is { } item)
            {
                bound.Add(item);
            }
        }

        return bound;
    }

    /// <summary>Whether any text value of <paramref name="value"/> has CriticMarkup (most front matters have none: then no path is made).</summary>
    private static bool HasReview(FieldValue value, int depth)
    {
        switch (value)
        {
            case ScalarValue scalar:
                return scalar.Review is not null;
            case ListValue list:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (depth > 64 || HasReview(list.Items[i], depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValue obj:
                foreach (var field in obj.Fields.Values)
                {
                    if (depth > 64 || HasReview(field, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// The CriticMarkup of the front matter's text values, by path (<c>title</c>, <c>contacts[0].email</c>,
    /// <c>keywords[2]</c>); a list with a mark in one item has every item, so that the cover writes the list whole.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Inline>> BindReviews(ObjectValue values)
    {
        var reviews = new Dictionary<string, IReadOnlyList<Inline>>(StringComparer.Ordinal);
        if (!HasReview(values, 0))
        {
            // Nothing to find: the walk below would only make the paths (issue 21, h28c).
            return reviews;
        }

        void Walk(FieldValue value, string path, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            switch (value)
            {
                case ScalarValue { Review: { } review }:
                    reviews[path] = review;
                    break;
                case ListValue list when list.Items.OfType<ScalarValue>().Any(s => s.Review is not null):
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        if (list.Items[i] is ScalarValue item)
                        {
                            reviews[Index(path, i)] = item.Review ?? [new TextRun(item.Text, item.Location)];
                        }
                    }

                    break;
                case ListValue list:
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        Walk(list.Items[i], Index(path, i), depth + 1);
                    }

                    break;
                case ObjectValue obj:
                    foreach (var (key, field) in obj.Fields)
                    {
                        Walk(field, path + "." + key, depth + 1);
                    }

                    break;
            }
        }

        foreach (var (key, field) in values.Fields)
        {
            Walk(field, key, 0);
        }

        return reviews;
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// The addressees of a liaison statement: <c>for-action</c> and <c>for-information</c>, as TSB's form has
    /// them. The old <c>to</c> with <c>for</c> is read too (action and comment go to "For action to:",
    /// information to "For information to:"), with RG1044 saying how to write it now.
    /// </summary>
    private static (IReadOnlyList<string> ForAction, IReadOnlyList<string> ForInformation) BindAddressees(ObjectValue values, DiagnosticBag diagnostics)
    {
        var forAction = values.TextList("for-action");
        var forInformation = values.TextList("for-information");
        bool hasTo = values.KeyLocations.TryGetValue("to", out var toKey);
        bool hasFor = values.KeyLocations.TryGetValue("for", out var forKey);
        if (!hasTo && !hasFor)
        {
            return (forAction, forInformation);
        }

        string purpose = values.Text("for") ?? "action";
        var to = values.TextList("to");
        string key = purpose == "information" ? "for-information" : "for-action";
        string list = to.Count > 0 ? "[" + string.Join(", ", to) + "]" : "[ITU-T SG11]";
        diagnostics.Add(FrontMatterDescriptors.LiaisonFieldsRenamed, hasTo ? toKey! : forKey!, hasTo ? "to" : "for", $"'{key}: {list}'" + (hasTo && hasFor ? " and remove 'for'" : string.Empty));
        if (purpose == "information")
        {
            return (forAction, [.. forInformation, .. to]);
        }

        return ([.. forAction, .. to], forInformation);
    }

    /// <summary>
    /// <c>covers</c>: the files (checked to be relative paths here; that they stay inside the project is checked
    /// when they are resolved) and the period. RG1030 on a record that is not a progress report, RG1031 for a
    /// progress report without it.
    /// </summary>
    private static MeetingSelection? BindCovers(ObjectValue values, RecordKind kind, DiagnosticBag diagnostics)
    {
        MeetingSelection? covers = null;
        bool written = values.KeyLocations.ContainsKey("covers");
        if (values.Get("covers") is ObjectValue value)
        {
            var files = new List<CoverPattern>();
            if (value.Get("files") is ListValue list)
            {
                foreach (var item in list.Items.OfType<ScalarValue>())
                {
                    string pattern = item.Text.Trim().Replace('\\', '/');
                    if (CoverPatternProblem(pattern) is { } problem)
                    {
                        diagnostics.Add(FrontMatterDescriptors.InvalidCoverPattern, item.Location, item.Text.Trim(), problem);
                    }
                    else
                    {
                        files.Add(new CoverPattern(pattern, item.Location));
                    }
                }

                // Patterns written but all rejected: RG1032 said enough.
                written = list.Items.Count > 0 || value.Get("from") is not null || value.Get("to") is not null;
            }
            else
            {
                written = value.Get("from") is not null || value.Get("to") is not null;
            }

            var from = value.Date("from");
            var to = value.Date("to");
            if (from is { } start && to is { } end && end < start)
            {
                diagnostics.Add(FrontMatterDescriptors.DateRangeReversed, value.Get("to")!.Location, "covers.to", Format(end), "covers.from", Format(start));
            }

            covers = files.Count > 0 || from is not null || to is not null ? new MeetingSelection(files, from, to, value.Location) : null;
            if (kind != RecordKind.ProgressReport)
            {
                diagnostics.Add(FrontMatterDescriptors.CoversWithoutProgressReport, values.KeyLocations["covers"]);
            }
        }

        if (kind == RecordKind.ProgressReport && covers is null && !written)
        {
            diagnostics.Add(FrontMatterDescriptors.ProgressReportWithoutCovers, values.Get("kind")!.Location);
        }

        return covers;
    }

    /// <summary>Why a <c>covers</c> path cannot be used, or null.</summary>
    private static string? CoverPatternProblem(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "is empty";
        }

        if (pattern.StartsWith('/') || pattern.StartsWith('~') || (pattern.Length > 1 && pattern[1] == ':'))
        {
            return "is an absolute path";
        }

        return null;
    }

    private static List<ActionStatusEntry> BindActionStatuses(ObjectValue values, DiagnosticBag diagnostics)
    {
        var entries = new List<ActionStatusEntry>();
        var items = values.Objects("action-status");
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Get("action") is not ScalarValue action || item.Text("status") is not { } statusText)
            {
                continue;
            }

            string name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"action-status[{i}]");
            if (ActionLabelPattern.NormalizeId(action.Text) is not { } id)
            {
                diagnostics.Add(FrontMatterDescriptors.InvalidFormat, action.Location, action.Text, name + ".action", "must be an action identifier such as RG-IEM-4 or Action 2");
                continue;
            }

            string? of = null;
            if (item.Get("of") is ScalarValue ofValue)
            {
                if (!DocumentReferenceScanner.TryParse(ofValue.Text, out _))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidFormat, ofValue.Location, ofValue.Text, name + ".of", "must be the document number of a meeting report, e.g. TSAG-TD521 or DOC5 (230131)");
                    continue;
                }

                of = ofValue.Text.Trim();
            }

            var status = Enum.Parse<ActionStatus>(statusText, ignoreCase: true);
            entries.Add(new ActionStatusEntry(id, of, status, item.Location));
        }

        return entries;
    }

    private static IReadOnlyList<Block> BindAction(ScalarValue? action, string? prefix, IReadOnlyList<SourceText> sources, DiagnosticBag diagnostics)
    {
        if (action is null || string.IsNullOrWhiteSpace(action.Text))
        {
            return [];
        }

        string path = action.Location.Path;
        var source = sources.FirstOrDefault(s => s.Path == path);
        var document = MarkdownParser.Parse(action.Text, path, diagnostics, action.Node.Start.Line);
        if (document is null)
        {
            return [];
        }

        var binder = new BodyBinder(ScalarLocationMapper.Create(source, path, action.Node), prefix, diagnostics);
        return binder.BindFragment(document);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
