using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;

namespace Rgiem.Core.Binding;

/// <summary>A CriticMarkup delimiter among bound inlines, until <see cref="CriticPairing"/> pairs it.</summary>
internal sealed record CriticDelimiter(CriticToken Token, string Text, string? Author, string? Date, SourceLocation Location) : Inline;
