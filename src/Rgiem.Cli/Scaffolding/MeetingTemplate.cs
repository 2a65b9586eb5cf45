using System.Globalization;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// The meeting records the scaffolds write. Both pass <c>rgiem check</c> with no diagnostic as written: the
/// guidance is in YAML comments and in prose that is valid text, never in placeholders that RG7001 flags.
/// Only <c>--final</c> fails them, on the document number TSB has not assigned yet (RG7005).
/// </summary>
internal static class MeetingTemplate
{
    /// <summary><c>2025-03-10-rg-example.md</c>: sorts by date in the records folder.</summary>
    public static string FileName(ScaffoldSettings settings) =>
        settings.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + settings.Group.ToLowerInvariant() + ".md";

    /// <summary>The first record of <c>rgiem init</c>: every cover field, with what to write in each, and a body that teaches the format.</summary>
    public static string First(ScaffoldSettings settings)
    {
        string group = settings.Group;
        string parent = settings.Parent;
        string date = Iso(settings.Date);
        string day = ItuDates.Day(settings.Date);
        return $$"""
            ---
            # A meeting record: this YAML front matter (the cover page and the facts of the meeting), then the report in Markdown.
            # group, parent, study-period, original, questions, source, keywords and contacts come from ../rgiem.yaml.
            # number: {{parent}}-TD100        # the TSB document number, once TSB assigns it (rgiem check --final requires it)
            type: TD                    # TD, C (contribution), Report or LS (liaison statement)
            meeting:                    # the meeting of the parent body during which the group met
              place: {{settings.Place}}
              from: {{date}}
              to: {{date}}
            title: Draft report of the {{group}} meeting ({{settings.Place}}, {{day}})
            purpose: Report             # Admin, Agreement, Approval, Decision, Discussion, Information, Proposal or Report
            abstract: >-
              This TD contains the draft report of the {{group}} meeting held {{settings.Where}} on {{day}}.
            action: {{parent}} is invited to note this report and to agree the actions in clause 0.
            sessions:                   # every session of the group: date, time as the text writes it, note
              - {date: {{date}}, time: 0930-1230 hours}
            chair: Name of the Rapporteur (Organization of the Rapporteur, Country of the Rapporteur)
            documents:                  # the documents this meeting considered; the text cites each one
              - {number: {{parent}}-TD101, title: Draft agenda of the {{group}} meeting}
              - {number: {{parent}}-TD102R1, title: Terms of reference of {{group}}}
            ---

            # 0 Actions from {{group}} to {{parent}}

            {{group}}-1: to invite {{parent}} to agree the revised terms of reference in {{parent}}-TD102R1.

            # 1 Introduction

            {{group}} met {{settings.Where}} on {{ItuDates.DayWithWeekday(settings.Date)}} (0930-1230 hours), chaired by the Rapporteur.

            Write the report in Markdown: one `#` heading per clause, numbered by hand as here or left for rgiem to number. Cite documents by their number, such as {{parent}}-TD101: `rgiem check` checks every citation against the `documents:` list above and the registry in documents.yaml.

            # 2 Adoption of the agenda

            The meeting adopted the agenda in {{parent}}-TD101.

            # 3 Terms of reference

            The meeting reviewed its terms of reference in {{parent}}-TD102R1 and agreed to propose a revision.

            An action item is a paragraph that starts with the group's prefix and a number. Clause 0 repeats every action word for word and in the same order; `rgiem check --fix` renumbers the actions and rewrites clause 0 from the body.

            {{group}}-1: to invite {{parent}} to agree the revised terms of reference in {{parent}}-TD102R1.

            # 4 Next meeting

            The date of the next meeting will be announced by the Rapporteur.

            """;
    }

    /// <summary>
    /// A record for <c>rgiem new meeting</c>: the meeting's own fields and an outline of the report. The
    /// project's defaults supply the rest; a required key they lack is written here (from <paramref name="missing"/>).
    /// </summary>
    public static string Next(ScaffoldSettings settings, IReadOnlyList<string> missing)
    {
        string group = settings.Group;
        string date = Iso(settings.Date);
        string day = ItuDates.Day(settings.Date);
        var extra = new List<string>();
        foreach (string key in missing)
        {
            extra.Add(key switch
            {
                "group" => $"group: {group}",
                "parent" => $"parent: {settings.Parent}",
                "study-period" => $"study-period: {StudyPeriods.For(settings.Date)}",
                "source" => $"source: Rapporteur, {settings.Parent} {group}",
                "contacts" => "contacts: [{name: Name of the Rapporteur, email: rapporteur@example.org}]",
                _ => $"# {key}: (required, see the record format)",
            });
        }

        string extraLines = extra.Count == 0 ? string.Empty : string.Join('\n', extra) + "\n";
        return $$"""
            ---
            {{extraLines}}meeting:
              place: {{settings.Place}}
              from: {{date}}
              to: {{date}}
            title: Draft report of the {{group}} meeting ({{settings.Place}}, {{day}})
            purpose: Report
            abstract: >-
              This TD contains the draft report of the {{group}} meeting held {{settings.Where}} on {{day}}.
            sessions:
              - {date: {{date}}}
            ---

            # 0 Actions from {{group}} to {{settings.Parent}}

            # 1 Introduction

            {{group}} met {{settings.Where}} on {{ItuDates.DayWithWeekday(settings.Date)}}.

            # 2 Adoption of the agenda

            The meeting adopted its agenda.

            # 3 Next meeting

            The date of the next meeting will be announced by the Rapporteur.

            """;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
