using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;

namespace Rgiem.Core.Caching;

/// <summary>
/// Writes one <see cref="CheckEntry"/> as compact bytes (<see cref="SummaryReader"/> reads them back): numbers as
/// 7-bit varints, each distinct string once per entry and then by its index (a record's path is in every location).
/// Every field of a summary is written, in a fixed order, so the same entry always gives the same bytes.
/// </summary>
public sealed class SummaryWriter : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly BinaryWriter writer;
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    private SummaryWriter() => writer = new BinaryWriter(stream, Encoding.UTF8);

    public static byte[] Write(CheckEntry entry)
    {
        using var summary = new SummaryWriter();
        summary.Entry(entry);
        summary.writer.Flush();
        return summary.stream.ToArray();
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }

    private void Entry(CheckEntry entry)
    {
        String(entry.FullPath);
        String(entry.Key);
        List(entry.Inputs, input =>
        {
            String(input.FullPath);
            String(input.Sha256);
        });
        Facts(entry.Summary.Facts);
        List(entry.Diagnostics, Diagnostic);
        Bound(entry.Summary);
    }

    /// <summary>The compact summary, first: a build that reuses the record's checks decodes only it (and the diagnostics).</summary>
    private void Facts(RecordFacts facts)
    {
        Int((int)facts.Kind);
        Int((int)facts.Type);
        String(facts.Group);
        String(facts.Parent);
        Number(facts.Number);
        String(facts.Template);
        Statistics(facts.Statistics);
        Date(facts.MeetingFrom);
        Date(facts.MeetingTo);
        Date(facts.FirstDay);
        String(facts.ActionPrefix);
        List(facts.Actions, a =>
        {
            Int((int)a.Style);
            String(a.Prefix);
            Int(a.Number);
            Bool(a.InSummary);
            Location(a.LabelLocation);
            Location(a.Location);
        });
        ActionStatuses(facts.ActionStatuses);
        String(facts.SourcePath);
        Location(facts.NumberAt);
        Location(facts.ReportAt);
        Location(facts.MeetingFromAt);
    }

    private void Number(DocumentNumber? number) =>
        Optional(number, n =>
        {
            String(n.Body);
            String(n.Type);
            Int(n.Number);
            OptionalInt(n.Revision);
            String(n.Series);
        });

    private void Statistics(MeetingStatistics? statistics) =>
        Optional(statistics, s =>
        {
            OptionalInt(s.Participants);
            OptionalInt(s.Africa);
            OptionalInt(s.Americas);
            OptionalInt(s.ArabStates);
            OptionalInt(s.AsiaPacific);
            OptionalInt(s.Cis);
            OptionalInt(s.Europe);
            OptionalInt(s.Tsb);
            OptionalInt(s.Documents);
            String(s.Report);
        });

    private void ActionStatuses(IReadOnlyList<ActionStatusEntry> statuses) =>
        List(statuses, a =>
        {
            String(a.Action);
            String(a.Of);
            Int((int)a.Status);
            Location(a.Location);
        });

    private void Bound(BoundRecord bound)
    {
        if (!bound.IsSummary)
        {
            throw new ArgumentException("Only a summary is stored.", nameof(bound));
        }

        String(bound.Record.Path);
        Metadata(bound.Record.Metadata);
        List(bound.Record.Actions, Action);
        Location(bound.Map.Fallback);
        List(bound.Map.Values.ToList(), Pair);
        List(bound.Map.Keys.ToList(), Pair);
        String(bound.Source.Path);
        Int(bound.Section.YamlFirstLine);
        Int(bound.Section.ClosingLine);
        Location(bound.Values.Location);
        List(bound.Includes, include =>
        {
            String(include.Path);
            String(include.Text);
        });
        List(bound.Images, String);
        List(bound.Inputs, input =>
        {
            String(input.FullPath);
            String(input.Sha256);
        });
    }

    private void Pair(KeyValuePair<string, SourceLocation> pair)
    {
        String(pair.Key);
        Location(pair.Value);
    }

    private void Metadata(RecordMetadata m)
    {
        Number(m.Number);
        Optional(m.ConferenceNumber, n =>
        {
            String(n.Conference);
            Int(n.Year);
            Int(n.Document);
            OptionalInt(n.Addendum);
            OptionalInt(n.Revision);
        });
        Optional(m.MeetingDocument, n =>
        {
            Int(n.Number);
            String(n.DateText);
        });
        Int((int)m.Type);
        String(m.Group);
        String(m.Parent);
        String(m.StudyPeriod);
        String(m.Original);
        List(m.Questions, String);
        Optional(m.Meeting, meeting =>
        {
            String(meeting.Place);
            Date(meeting.From);
            Date(meeting.To);
        });
        String(m.Source);
        String(m.Title);
        String(m.Purpose);
        List(m.Contacts, c =>
        {
            String(c.Name);
            String(c.Organization);
            String(c.Country);
            String(c.Tel);
            String(c.Email);
        });
        List(m.Keywords, String);
        String(m.Abstract);
        if (m.Action.Count > 0)
        {
            throw new ArgumentException("A summary has no action blocks on its cover.", nameof(m));
        }

        List(m.ForAction, String);
        List(m.ForInformation, String);
        String(m.Approval);
        Date(m.Deadline);
        String(m.ActionPrefix);
        List(m.Sessions, s =>
        {
            Date(s.Date);
            String(s.Time);
            String(s.Note);
        });
        String(m.Chair);
        List(m.AssociateRapporteurs, String);
        List(m.Documents, d =>
        {
            String(d.Number);
            String(d.Title);
            String(d.Source);
        });
        Statistics(m.Statistics);
        String(m.Logo);
        String(m.Template);
        List(m.Styles.ToList(), p =>
        {
            String(p.Key);
            String(p.Value);
        });
        Bool(m.Toc);
        String(m.TocTitle);
        String(m.Language);
        Date(m.Date);
        Int((int)m.Kind);
        Optional(m.Covers, c =>
        {
            List(c.Files, f =>
            {
                String(f.Pattern);
                Location(f.Location);
            });
            Date(c.From);
            Date(c.To);
            Location(c.Location);
        });
        ActionStatuses(m.ActionStatuses);
    }

    private void Action(ActionBlock action)
    {
        Int((int)action.Style);
        String(action.Prefix);
        Int(action.Number);
        String(BlockWalker.PlainText(action.Inlines));
        Bool(action.InSummary);
        Location(action.LabelLocation);
        Location(action.Location);
    }

    private void Diagnostic(Diagnostic diagnostic)
    {
        String(diagnostic.Id);
        Int((int)diagnostic.Severity);
        Location(diagnostic.Location);
        String(diagnostic.Message);
    }

    private void Location(SourceLocation location)
    {
        String(location.Path);
        Position(location.Start);
        Position(location.End);
    }

    private void Position(LinePosition position)
    {
        Int(position.Line);
        Int(position.Character);
    }

    private void Date(DateOnly? date) => Int(date is { } d ? d.DayNumber + 1 : 0);

    private void Date(DateOnly date) => Int(date.DayNumber);

    private void Bool(bool value) => writer.Write(value);

    private void Int(int value) => writer.Write7BitEncodedInt(value);

    private void OptionalInt(int? value)
    {
        Bool(value is not null);
        if (value is { } v)
        {
            Int(v);
        }
    }

    private void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void List<T>(IReadOnlyList<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>0: null; 1: a new string, then its text; n ≥ 2: the string written (n − 2)th in this entry.</summary>
    private void String(string? text)
    {
        if (text is null)
        {
            Int(0);
        }
        else if (strings.TryGetValue(text, out int index))
        {
            Int(index + 2);
        }
        else
        {
            strings[text] = strings.Count;
            Int(1);
            writer.Write(text);
        }
    }
}
