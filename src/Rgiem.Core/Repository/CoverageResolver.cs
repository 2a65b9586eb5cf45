using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Repository;

/// <summary>
/// Finds the meetings a progress report covers (<c>covers</c>): the meeting records its files and globs name,
/// relative to the report and inside the project; with a period, those whose meeting starts in it (with a period
/// only, the meetings of the report's group). Problems are reported at <c>covers</c>: RG1032, RG9004, RG9005, RG9009.
/// </summary>
public static class CoverageResolver
{
    /// <returns>The coverage, or null when the report has no usable <c>covers</c>.</returns>
    public static Coverage? Resolve(ProjectRecord report, ProjectRecords records, DiagnosticBag diagnostics)
    {
        if (report.Metadata.Covers is not { } covers)
        {
            return null;
        }

        string directory = Path.GetDirectoryName(report.FullPath)!;
        // The project folder and any records folder rgiem.yaml names beside it (records: ../rg-iem).
        var roots = new[] { records.Project.Root }.Concat(records.Project.RecordDirectories)
            .Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)) + Path.DirectorySeparatorChar)
            .ToList();
        var meetings = records.All.Where(r => r.IsMeeting && !string.Equals(r.FullPath, report.FullPath, StringComparison.Ordinal)).ToList();
        var selected = new List<ProjectRecord>();
        if (covers.Files.Count > 0)
        {
            foreach (var pattern in covers.Files)
            {
                string full = Path.GetFullPath(Path.Combine(directory, pattern.Pattern));
                if (!roots.Exists(root => full.StartsWith(root, StringComparison.Ordinal)))
                {
                    diagnostics.Add(FrontMatterDescriptors.InvalidCoverPattern, pattern.Location, pattern.Pattern, "goes above the project folder");
                    continue;
                }

                if (pattern.IsGlob)
                {
                    SelectGlob(pattern, full, meetings, records, selected, diagnostics);
                }
                else
                {
                    SelectFile(pattern, full, records, selected, diagnostics);
                }
            }
        }
        else
        {
            selected.AddRange(meetings.Where(m => string.Equals(m.Facts.Group, report.Metadata.Group, StringComparison.Ordinal)));
        }

        if (covers.HasDates)
        {
            int before = selected.Count;
            foreach (var undated in selected.Where(m => m.Facts.FirstDay is null && covers.Files.Count > 0))
            {
                Incomplete(undated, covers.Location, "meeting date ('meeting.from' or 'sessions')", "'covers' has a period, so it is left out", diagnostics);
            }

            selected = selected.Where(m => m.Facts.FirstDay is { } day && covers.InRange(day)).ToList();
            if (selected.Count == 0 && (before > 0 || covers.Files.Count == 0))
            {
                diagnostics.Add(RepositoryDescriptors.CoversNothing, covers.Location, "'covers'", Period(covers, report.Metadata.Group, covers.Files.Count == 0));
            }
        }

        var ordered = selected
            .DistinctBy(m => m.FullPath, StringComparer.Ordinal)
            .OrderBy(m => m.Facts.FirstDay is null ? 1 : 0)
            .ThenBy(m => m.Facts.FirstDay)
            .ThenBy(m => m.DisplayPath, StringComparer.Ordinal)
            .ToList();
        foreach (var meeting in ordered)
        {
            if (meeting.Facts.Statistics is null)
            {
                Incomplete(meeting, covers.Location, "'statistics:'", "its column of the statistics annex is left empty", diagnostics);
            }

            if (meeting.Facts.FirstDay is null && !covers.HasDates)
            {
                Incomplete(meeting, covers.Location, "meeting date ('meeting.from' or 'sessions')", "its column of the statistics annex has no month and comes last", diagnostics);
            }
        }

        return new Coverage(report, ordered);
    }

    private static void SelectGlob(CoverPattern pattern, string full, List<ProjectRecord> meetings, ProjectRecords records, List<ProjectRecord> selected, DiagnosticBag diagnostics)
    {
        var regex = GlobPattern.ToRegex(full);
        var matched = meetings.Where(m => regex.IsMatch(GlobPattern.Normalize(m.FullPath))).ToList();
        var broken = records.Unreadable.Where(p => regex.IsMatch(GlobPattern.Normalize(p))).Order(StringComparer.Ordinal).ToList();
        foreach (string path in broken)
        {
            diagnostics.Add(RepositoryDescriptors.CoveredFileNotMeeting, pattern.Location, pattern.Pattern,
                $"matches '{Path.GetFileName(path)}', which cannot be read as a record; run 'rgiem check' on it");
        }

        if (matched.Count == 0 && broken.Count == 0)
        {
            diagnostics.Add(RepositoryDescriptors.CoversNothing, pattern.Location, $"'{pattern.Pattern}' in 'covers'", string.Empty);
        }

        selected.AddRange(matched);
    }

    private static void SelectFile(CoverPattern pattern, string full, ProjectRecords records, List<ProjectRecord> selected, DiagnosticBag diagnostics)
    {
        var record = records.Find(full);
        if (record is { IsMeeting: true })
        {
            selected.Add(record);
            return;
        }

        string reason = record is not null ? "is a progress report; 'covers' selects meeting records"
            : !File.Exists(full) ? "does not exist"
            : records.Unreadable.Contains(full) ? "cannot be read as a record; run 'rgiem check' on it"
            : "is not a meeting record: it has no front matter, or it is outside the project's record folders";
        diagnostics.Add(RepositoryDescriptors.CoveredFileNotMeeting, pattern.Location, pattern.Pattern, reason);
    }

    private static void Incomplete(ProjectRecord meeting, SourceLocation location, string what, string consequence, DiagnosticBag diagnostics) =>
        diagnostics.Add(RepositoryDescriptors.CoveredMeetingIncomplete, location, meeting.DisplayPath, what, consequence);

    /// <summary>" of RG-IEM from 1 January 2023 to 31 May 2023", as the message needs it.</summary>
    private static string Period(MeetingSelection covers, string? group, bool byGroup)
    {
        string of = byGroup && group is not null ? " of " + group : string.Empty;
        return (covers.From, covers.To) switch
        {
            ({ } from, { } to) => $"{of} from {ItuDates.Day(from)} to {ItuDates.Day(to)}",
            ({ } from, null) => $"{of} from {ItuDates.Day(from)} on",
            (null, { } to) => $"{of} until {ItuDates.Day(to)}",
            _ => of,
        };
    }
}
