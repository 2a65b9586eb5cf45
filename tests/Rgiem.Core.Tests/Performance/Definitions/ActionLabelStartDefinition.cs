using Rgiem.Core.Model;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// <see cref="Binding.BodyBinder.MayStartWithActionLabel"/> as it was before issue 21's h28a: every character in a loop.
/// The oracle of <c>BindingAllocationEquivalenceTests</c> and <c>HeadingLabelEquivalenceTests</c>.
/// </summary>
internal static class ActionLabelStartDefinition
{
    public static bool MayStartWithActionLabel(IReadOnlyList<Inline> inlines)
    {
        bool first = true;
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            string piece = leaf switch
            {
                TextRun text => text.Text,
                CodeRun code => code.Text,
                _ => " ",
            };
            foreach (char c in piece)
            {
                if (first)
                {
                    if (!char.IsAsciiLetterUpper(c))
                    {
                        return false;
                    }

                    first = false;
                }
                else if (!(char.IsAsciiLetter(c) || char.IsDigit(c) || c is '-' or ' ' or '\u00A0'))
                {
                    return c == ':';
                }
            }
        }

        return false;
    }
}
