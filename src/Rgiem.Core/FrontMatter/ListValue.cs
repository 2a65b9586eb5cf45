using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FrontMatter;

public sealed record ListValue(IReadOnlyList<FieldValue> Items, SourceLocation Location) : FieldValue(Location);
