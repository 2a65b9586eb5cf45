using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FrontMatter;

public sealed record DateValue(DateOnly Date, SourceLocation Location) : FieldValue(Location);
