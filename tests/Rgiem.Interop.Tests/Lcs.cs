namespace Rgiem.Interop.Tests;

/// <summary>Length of the longest common subsequence of two token lists (two-row dynamic programme).</summary>
public static class Lcs
{
    public static int Length(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        foreach (string x in a)
        {
            for (int j = 0; j < b.Count; j++)
            {
                current[j + 1] = string.Equals(x, b[j], StringComparison.Ordinal)
                    ? previous[j] + 1
                    : Math.Max(previous[j + 1], current[j]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }
}
