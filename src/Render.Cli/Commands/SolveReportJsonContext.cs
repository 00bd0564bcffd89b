using System.Text.Json.Serialization;

namespace Render.Cli.Commands;

/// <summary>The JSON of <c>render solve --report</c>: camel case, nulls left out, indented for reading.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    WriteIndented = true)]
[JsonSerializable(typeof(SolveReport))]
internal sealed partial class SolveReportJsonContext : JsonSerializerContext;
