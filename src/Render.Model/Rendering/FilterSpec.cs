namespace Render.Model.Rendering;

/// <summary>An image filter: its render class name and its parameters (all written as strings).</summary>
/// <param name="ClassName">The full Java class name of the filter.</param>
/// <param name="Parameters">The parameters by name.</param>
public sealed record FilterSpec(
    string? ClassName = null,
    IReadOnlyDictionary<string, string>? Parameters = null);
