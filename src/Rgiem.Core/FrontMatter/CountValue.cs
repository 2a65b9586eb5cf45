using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FrontMatter;

public sealed record CountValue(int Count, SourceLocation Location) : FieldValue(Location);
