using System.Globalization;
using Rgiem.Core.Model;

namespace Rgiem.Core.Binding;

/// <summary>
/// Gives every heading its number, in document order. A number the author wrote is kept and resets the
/// counters, so that headings without one continue from it; annexes are lettered A, B, C… (or continue a
/// numeric sequence) and their sub-clauses are numbered A.1, A.1.1…. The numbering rules (gaps,
/// duplicates) are checked later; here every heading simply gets the number it will show.
/// </summary>
internal sealed class ClauseNumberer
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
                        // The first part of the number (the number itself when it has no '.'), without a split.
                        int dot = number.IndexOf('.', StringComparison.Ordinal);
                        CurrentTopLevel = dot < 0 ? number : number[..dot];
                    }

                    return (number, true);
                }

                return (Generate(level), false);
        }
    }

    /// <summary>
    /// Sets the counters from a written number ("4.1", "A.2"), read part by part from the string (issue 21: no split into
    /// an array of strings a heading; <c>HeadingLabelEquivalenceTests</c> holds it to the split it replaced).
    /// </summary>
    private void SetFromWritten(string number)
    {
        int firstDot = number.IndexOf('.', StringComparison.Ordinal);
        int offset = 0;
        if (!char.IsAsciiDigit(number[0]))
        {
            // A.1.2: the letter names the annex; counters hold the parts after it.
            annex = firstDot < 0 ? number : number[..firstDot];
            offset = 1;
        }
        else if (annex is not null && firstDot < 0)
        {
            // A numbered main clause after an annex: leave the annex (RG2011 reports the order).
            annex = null;
        }

        Array.Clear(counters);
        var rest = number.AsSpan();
        for (int part = 0; part - offset < MaxLevels; part++)
        {
            int dot = rest.IndexOf('.');
            var text = dot < 0 ? rest : rest[..dot];
            if (part >= offset)
            {
                counters[part - offset] = int.Parse(text, CultureInfo.InvariantCulture);
            }

            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>The first <paramref name="count"/> counters joined by '.', after <paramref name="prefix"/> and a '.' when there is one.</summary>
    private string Join(string? prefix, int count)
    {
        if (prefix is null && count == 1)
        {
            return counters[0].ToString(CultureInfo.InvariantCulture);
        }

        int size = (prefix?.Length ?? 0) + 1 + (count * 12);
        Span<char> buffer = size <= 256 ? stackalloc char[256] : new char[size];
        int at = 0;
        if (prefix is not null)
        {
            prefix.CopyTo(buffer);
            at = prefix.Length;
            buffer[at++] = '.';
        }

        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer[at++] = '.';
            }

            counters[i].TryFormat(buffer[at..], out int written, default, CultureInfo.InvariantCulture);
            at += written;
        }

        return new string(buffer[..at]);
    }

    private string Generate(int level)
    {
        if (annex is not null)
        {
            // Inside an annex, a level-2 heading is A.1, level 3 is A.1.1.
            int depth = Math.Max(1, level - 1);
            counters[depth - 1]++;
            Array.Clear(counters, depth, MaxLevels - depth);
            return Join(annex, depth);
        }

        counters[level - 1]++;
        Array.Clear(counters, level, MaxLevels - level);
        string result = Join(null, level);
        if (level == 1)
        {
            CurrentTopLevel = result;
        }

        return result;
    }
}
