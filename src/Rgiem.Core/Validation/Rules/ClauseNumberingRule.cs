using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// Clause numbers the author wrote must follow on from the clause before (no gap, no duplicate), sit under
/// their parent, match the heading level, and come before the annexes; annex labels run A, B, C… (RG2002-RG2006, RG2011).
/// Numbers rgiem assigned are correct by construction and only serve as the "previous clause".
/// </summary>
public sealed class ClauseNumberingRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        StructureDescriptors.ClauseGap, StructureDescriptors.ClauseDuplicate, StructureDescriptors.ClauseWithoutParent,
        StructureDescriptors.ClauseLevelMismatch, StructureDescriptors.AnnexOutOfSequence, StructureDescriptors.ClauseAfterAnnex,
    ];

    public void Analyze(RecordContext context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string[]? previous = null;
        string? annex = null;
        string? previousAnnex = null;
        foreach (var heading in context.Record.Headings)
        {
            switch (heading.Kind)
            {
                case HeadingKind.Annex:
                    if (heading.NumberWritten && heading.Number is { } label && ExpectedAnnex(previousAnnex) is { } expectedAnnex && label != expectedAnnex)
                    {
                        context.Report(StructureDescriptors.AnnexOutOfSequence, Label(heading), label, previousAnnex ?? "(none)", expectedAnnex);
                    }

                    annex = heading.Number;
                    previousAnnex = heading.Number;
                    previous = null;
                    break;

                case HeadingKind.Clause when heading.Number is { } number:
                    string[] parts = number.Split('.');
                    bool inAnnexNumbering = !char.IsAsciiDigit(parts[0][0]);
                    if (heading.NumberWritten)
                    {
                        Check(context, heading, number, parts, previous, annex, inAnnexNumbering, seen);
                    }

                    seen.TryAdd(number, heading.Location.Start.Line);
                    previous = parts;
                    break;
            }
        }
    }

    /// <param name="number">The heading's number, which <paramref name="parts"/> are split from (joined again, the same string).</param>
    private static void Check(RecordContext context, HeadingBlock heading, string number, string[] parts, string[]? previous, string? annex, bool annexClause, Dictionary<string, int> seen)
    {
        if (annex is not null && !annexClause)
        {
            context.Report(StructureDescriptors.ClauseAfterAnnex, Label(heading), number, annex);
            return;
        }

        if (heading.Level != parts.Length)
        {
            context.Report(StructureDescriptors.ClauseLevelMismatch, Label(heading), number, parts.Length, heading.Level, new string('#', parts.Length) + " " + number);
        }

        if (seen.TryGetValue(number, out int firstLine))
        {
            context.Report(StructureDescriptors.ClauseDuplicate, Label(heading), number, firstLine + 1);
            return;
        }

        if (annexClause && annex is not null && parts[0] != annex)
        {
            context.Report(StructureDescriptors.ClauseWithoutParent, Label(heading), number, "Annex " + parts[0], "Annex " + annex);
            return;
        }

        if (previous is null)
        {
            // The first clause (of the body or of an annex) is 0 or 1, or A.1 in annex A.
            string first = annexClause ? parts[0] + ".1" : "1";
            bool ok = annexClause ? parts.Length == 2 && parts[1] == "1" : parts.Length == 1 && parts[0] is "0" or "1";
            if (!ok)
            {
                context.Report(StructureDescriptors.ClauseGap, Label(heading), number, "the start", annexClause ? first : "0 or 1");
            }

            return;
        }

        if (parts.Length > previous.Length + 1)
        {
            // 2 followed by 2.1.1: the parent 2.1 is missing.
            context.Report(StructureDescriptors.ClauseWithoutParent, Label(heading), number, string.Join('.', parts.Take(parts.Length - 1)), string.Join('.', previous));
            return;
        }

        if (IsNext(parts, previous))
        {
            // The clause that follows (most headings): Expected's parts, compared without making them.
            return;
        }

        // Not the next clause: Expected's parts differ, and say how in the message.
        string prev = string.Join('.', previous);
        string[] expected = Expected(previous, parts.Length);
        if (parts.Length > 1 && !parts.Take(parts.Length - 1).SequenceEqual(expected.Take(parts.Length - 1), StringComparer.Ordinal))
        {
            context.Report(StructureDescriptors.ClauseWithoutParent, Label(heading), number, string.Join('.', parts.Take(parts.Length - 1)), prev);
            return;
        }

        context.Report(StructureDescriptors.ClauseGap, Label(heading), number, prev, string.Join('.', expected));
    }

    /// <summary>
    /// Whether <paramref name="parts"/> (no deeper than one level below <paramref name="previous"/>) are
    /// <see cref="Expected"/>'s parts for their depth: the same parts as the previous clause, and then the last one
    /// incremented, or "1" one level deeper.
    /// </summary>
    private static bool IsNext(string[] parts, string[] previous)
    {
        int depth = parts.Length;
        for (int i = 0; i < depth - 1; i++)
        {
            if (!string.Equals(parts[i], previous[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return depth <= previous.Length
            ? string.Equals(parts[depth - 1], Increment(previous[depth - 1]), StringComparison.Ordinal)
            : string.Equals(parts[depth - 1], "1", StringComparison.Ordinal);
    }

    /// <summary>What follows <paramref name="previous"/> at a depth of <paramref name="depth"/> parts.</summary>
    private static string[] Expected(string[] previous, int depth)
    {
        if (depth <= previous.Length)
        {
            var next = previous.Take(depth).ToArray();
            next[^1] = Increment(next[^1]);
            return next;
        }

        // One level deeper: the first sub-clause.
        return [.. previous, "1"];
    }

    private static string Increment(string part) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? (n + 1).ToString(CultureInfo.InvariantCulture)
            : part.Length == 1 && part[0] is >= 'A' and < 'Z' ? ((char)(part[0] + 1)).ToString() : part;

    private static string? ExpectedAnnex(string? previous) => previous switch
    {
        null => null,
        _ => Increment(previous),
    };

    private static SourceLocation Label(HeadingBlock heading) => heading.Location with { End = heading.Location.Start };
}
