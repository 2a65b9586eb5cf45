using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>A record after binding: the model, where its front matter values were written, and its source.</summary>
public sealed record BoundRecord(MeetingRecord Record, SourceMap Map, SourceText Source, FrontMatter.FrontMatterSection Section);
