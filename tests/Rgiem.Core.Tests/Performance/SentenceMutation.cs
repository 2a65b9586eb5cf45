using System.Text;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// One to four random edits of a sentence, as the scanners' equivalence tests make them: a character of
/// <c>alphabet</c> inserted, a character removed, or one of <c>pieces</c> inserted, each anywhere.
/// </summary>
internal static class SentenceMutation
{
    internal static string Apply(string sentence, Random random, string alphabet, IReadOnlyList<string> pieces)
    {
        var text = new StringBuilder(sentence);
        for (int edit = random.Next(1, 5); edit > 0; edit--)
        {
            int at = random.Next(0, text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                default:
                    text.Insert(at, pieces[random.Next(pieces.Count)]);
                    break;
            }
        }

        return text.ToString();
    }
}
