using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation;

/// <summary>Maps <paramref name="length"/> characters of a text from <paramref name="start"/> to their span in the file.</summary>
public delegate SourceLocation TextLocator(int start, int length);
