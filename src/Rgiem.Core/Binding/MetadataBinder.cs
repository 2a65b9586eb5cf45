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
        if (values.Text("number") is { } numberText && DocumentNumber.TryParse(numberText, out var parsed))
        {
            number = parsed!.WithDefaultBody(values.Text("parent"));
        }

        if (meeting?.Date("from") is { } from && meeting.Date("to") is { } to && to < from)
        {
            diagnostics.Add(FrontMatterDescriptors.DateRangeReversed, meeting.Get("to")!.Location, "meeting.to", Format(to), "meeting.from", Format(from));
        }

        string? prefix = values.Text("action-prefix") ?? values.Text("group");
        var statistics = values.Get("statistics") as ObjectValue;
        var questions = values.TextList("questions");
        return new RecordMetadata
        {
            Number = number,
            Type = Enum.TryParse<DocumentType>(values.Text("type"), ignoreCase: true, out var type) ? type : DocumentType.TD,
            Group = values.Text("group"),
            Parent = values.Text("parent"),
            StudyPeriod = values.Text("study-period")?.Replace('\u2013', '-'),
            Original = values.Text("original") ?? "English",
            Questions = questions.Count > 0 ? questions : ["N/A"],
            Meeting = meeting is null ? null : new MeetingInfo(meeting.Text("place"), meeting.Date("from"), meeting.Date("to") ?? meeting.Date("from")),
            Source = values.Text("source"),
            Title = values.Text("title"),
            Purpose = values.Text("purpose"),
            Contacts = values.Objects("contacts")
                .Where(c => c.Text("name") is not null)
                .Select(c => new Contact(c.Text("name")!, c.Text("organization"), c.Text("country"), c.Text("tel"), c.Text("email")))
                .ToList(),
            Keywords = values.TextList("keywords"),
            Abstract = values.Text("abstract"),
            Action = BindAction(values.Get("action") as ScalarValue, prefix, sources, diagnostics),
            ActionPrefix = values.Text("action-prefix"),
            LiaisonFor = values.Text("for"),
            LiaisonTo = values.TextList("to"),
            Approval = values.Text("approval"),
            Deadline = values.Date("deadline"),
            Sessions = values.Objects("sessions")
                .Where(s => s.Date("date") is not null)
                .Select(s => new SessionInfo(s.Date("date")!.Value, s.Text("time"), s.Text("note")))
                .ToList(),
            Chair = values.Text("chair"),
            AssociateRapporteurs = values.TextList("associate-rapporteurs"),
            Documents = values.Objects("documents")
                .Where(d => d.Text("number") is not null)
                .Select(d => new DocumentEntry(d.Text("number")!, d.Text("title"), d.Text("source")))
                .ToList(),
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
            Language = values.Text("lang") ?? "en-GB",
            Date = values.Date("date"),
        };
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
