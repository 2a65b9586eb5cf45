using System.Globalization;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The clause numberer before issue 21's h29a (written numbers split into arrays of strings, generated numbers joined
/// with LINQ), kept as the oracle of <c>ClauseNumbererEquivalenceTests</c>.
/// Gives every heading its number, in document order. A number the author wrote is kept and resets the
/// counters, so that headings without one continue from it; annexes are lettered A, B, C… (or continue a
/// numeric sequence) and their sub-clauses are numbered A.1, A.1.1…. The numbering rules (gaps,
/// duplicates) are checked later; here every heading simply gets the number it will show.
/// </summary>
internal sealed class ClauseNumbererDefinition
{
    private const int MaxLevels = 6;

    private readonly int[] counters = new int[MaxLevels];
    private string? annex;
    private int annexIndex;
    private bool numericAnnexes;

    /// <summary>The number of the current top-level clause ("0", "3", or the annex label).</summary>
    public string? CurrentTopLevel { get; private set; }

    public bool InAnnex => annex is not null;

    /// <summary>Whether the last annex numbered came after Annex Z (it is labelled Z again; RG2013 reports it).</summary>
    public bool AnnexPastZ { get; private set; }

    public (string? Number, bool Written) Next(HeadingLabel label, int level)
    {
        level = Math.Clamp(level, 1, MaxLevels);
        switch (label.Kind)
        {
            case HeadingKind.Unnumbered:
                return (null, false);

            case HeadingKind.Annex:
                Array.Clear(counters);
                AnnexPastZ = false;
                if (label.Number is { } written)
                {
                    numericAnnexes = char.IsAsciiDigit(written[0]);
                    annexIndex = numericAnnexes ? int.Parse(written, CultureInfo.InvariantCulture) : written[0] - 'A' + 1;
                    annex = written;
                }
                else
                {
                    annexIndex++;
                    AnnexPastZ = !numericAnnexes && annexIndex > 26;
                    annex = numericAnnexes
                        ? annexIndex.ToString(CultureInfo.InvariantCulture)
                        : ((char)('A' + Math.Min(annexIndex - 1, 25))).ToString();
                }

                CurrentTopLevel = annex;
                return (annex, label.Number is not null);

            default:
                if (label.Number is { } number)
                {
                    SetFromWritten(number);
                    if (level == 1 || !number.Contains('.', StringComparison.Ordinal))
                    {
                        CurrentTopLevel = number.Split('.')[0];
                    }

                    return (number, true);
                }

                return (Generate(level), false);
        }
    }

    private void SetFromWritten(string number)
    {
        var parts = number.Split('.');
        int offset = 0;
        if (!char.IsAsciiDigit(parts[0][0]))
        {
            // A.1.2: the letter names the annex; counters hold the parts after it.
            annex = parts[0];
            offset = 1;
        }
        else if (annex is not null && parts.Length == 1)
        {
            // A numbered main clause after an annex: leave the annex (RG2011 reports the order).
            annex = null;
        }

        Array.Clear(counters);
        for (int i = offset; i < parts.Length && i - offset < MaxLevels; i++)
        {
            counters[i - offset] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }
    }

    private string Generate(int level)
    {
        if (annex is not null)
        {
            // Inside an annex, a level-2 heading is A.1, level 3 is A.1.1.
            int depth = Math.Max(1, level - 1);
            counters[depth - 1]++;
            Array.Clear(counters, depth, MaxLevels - depth);
            return annex + "." + string.Join('.', counters.Take(depth).Select(c => c.ToString(CultureInfo.InvariantCulture)));
        }

        counters[level - 1]++;
        Array.Clear(counters, level, MaxLevels - level);
        string result = string.Join('.', counters.Take(level).Select(c => c.ToString(CultureInfo.InvariantCulture)));
        if (level == 1)
        {
            CurrentTopLevel = result;
        }

        return result;
    }
}
