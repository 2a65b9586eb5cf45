using Rgiem.Core.FrontMatter;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>Front matter values shared by all records (the <c>defaults:</c> of rgiem.yaml), validated once.</summary>
public sealed record ProjectDefaults(ObjectValue Values, SourceText? Source);
