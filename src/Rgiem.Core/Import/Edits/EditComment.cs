using Rgiem.Core.Model;

namespace Rgiem.Core.Import.Edits;

/// <summary>
/// A Word comment on an edited paragraph: its anchor from <see cref="Start"/> to <see cref="End"/> (offsets in the
/// paragraph's <see cref="EditedParagraph.Text"/>; equal for a comment at a point) and its text.
/// </summary>
public sealed record EditComment(int Start, int End, Attribution Attribution, string Text);
