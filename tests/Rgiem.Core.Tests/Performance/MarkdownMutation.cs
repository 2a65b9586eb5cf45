namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// One random edit of a Markdown text, as the equivalence tests make them: one of <c>tokens</c> inserted anywhere (half
/// the time) or at the start of a line, where block syntax opens; up to seven characters removed; or a line repeated.
/// </summary>
internal static class MarkdownMutation
{
    internal static string Apply(string text, Random random, IReadOnlyList<string> tokens)
    {
        int at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0 or 1 or 2:
                return text.Insert(at, tokens[random.Next(tokens.Count)]);
            case 3:
                int line = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                return text.Insert(line, tokens[random.Next(tokens.Count)]);
            case 4:
                return text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
            default:
                int end = text.IndexOf('\n', at);
                return end < 0 ? text : text.Insert(end + 1, text[(at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1)..(end + 1)]);
        }
    }
}
