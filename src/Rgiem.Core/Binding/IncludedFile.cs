using Markdig.Syntax;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>A file an <c>{include}</c> directive brings in: its text and its parsed Markdown.</summary>
internal sealed record IncludedFile(SourceText Source, MarkdownDocument Document);
