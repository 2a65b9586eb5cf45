namespace Rgiem.Core.Delta;

/// <summary>
/// The words of a text as a sorted multiset of stable hashes, for a quick similarity test: two blocks are
/// similar (and diffed word by word rather than deleted and inserted whole) when at least half of the words
/// of the longer one are shared.
/// </summary>
public sealed class WordBag
{
    private readonly uint[] hashes;

    public WordBag(IEnumerable<string> tokens)
    {
        hashes = tokens.Where(t => !WordTokenizer.IsSpace(t)).Select(Hash).ToArray();
        Array.Sort(hashes);
    }

    public int Count => hashes.Length;

    /// <summary>Shared words over the word count of the longer text; 1 when both are empty.</summary>
    public double Similarity(WordBag other)
    {
        if (hashes.Length == 0 && other.hashes.Length == 0)
        {
            return 1;
        }

        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < hashes.Length && j < other.hashes.Length)
        {
            int order = hashes[i].CompareTo(other.hashes[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Max(hashes.Length, other.hashes.Length);
    }

    public bool IsSimilar(WordBag other, double threshold = 0.5) => Similarity(other) >= threshold;

    /// <summary>FNV-1a over the UTF-16 code units: the same in every process, unlike string.GetHashCode.</summary>
    private static uint Hash(string token)
    {
        uint hash = 2166136261;
        foreach (char c in token)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
