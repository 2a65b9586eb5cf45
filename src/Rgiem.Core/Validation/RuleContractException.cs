namespace Rgiem.Core.Validation;

/// <summary>A rule reported an ID it did not declare (<see cref="RuleContract"/>): a bug in rgiem, raised in debug builds.</summary>
public sealed class RuleContractException(string message) : InvalidOperationException(message);
