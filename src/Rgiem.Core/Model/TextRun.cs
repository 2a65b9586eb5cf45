using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>Plain text. Tabs are kept as <c>\t</c>. <see cref="Location"/> is where the text starts in the source.</summary>
public sealed record TextRun(string Text, SourceLocation? Location = null) : Inline;
