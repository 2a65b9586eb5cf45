using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>
/// A record after binding: the model, where its front matter values were written, its source, and the
/// validated front matter values (after project defaults), for rules that need the YAML nodes.
/// </summary>
public sealed record BoundRecord(MeetingRecord Record, SourceMap Map, SourceText Source, FrontMatterSection Section, ObjectValue Values);
