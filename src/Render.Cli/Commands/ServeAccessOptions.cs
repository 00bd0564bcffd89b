using Render.Model.Limits;
using Render.Server;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render serve</c>'s options for a shared deployment: who may write (<c>--read-only</c>,
/// <c>--write-token</c>, <c>--allow-origin</c>) and how large a request may be.
/// </summary>
internal sealed class ServeAccessOptions
{
    private readonly Option<bool> _readOnly = new("--read-only") { Description = $"refuse every write (also {ServeCommand.ReadOnlyVariable}=1)" };

    private readonly Option<string?> _writeToken = new("--write-token")
    {
        Description = $"writes need 'Authorization: Bearer <token>' (also ${ServeCommand.WriteTokenVariable}; clients send that variable)",
    };

    private readonly Option<string[]> _allowOrigin = new("--allow-origin")
    {
        Description = "a web origin whose pages may write, such as https://viewer.lab.org; repeatable (any page may read)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<long> _maxBodyMb = new("--max-body-mb")
    {
        Description = "largest request body in MiB, 0 for no limit",
        DefaultValueFactory = _ => RenderServerOptions.DefaultMaxRequestBodySize >> 20,
    };

    private readonly Option<int> _maxIdLength = new("--max-id-length")
    {
        Description = "longest tile, group, section, transform or canvas id in characters",
        DefaultValueFactory = _ => InputLimits.DefaultMaxIdLength,
    };

    private readonly Option<long> _maxMeshCells = new("--max-mesh-cells")
    {
        Description = "most mesh cells a tile's size and meshCellSize may imply",
        DefaultValueFactory = _ => InputLimits.DefaultMaxMeshCells,
    };

    private readonly Option<int> _maxConcurrentTrials = new("--max-concurrent-trials")
    {
        Description = "most match trials run at once; one more is answered 503 with Retry-After (default: one per processor)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _readOnly, _writeToken, _allowOrigin, _maxBodyMb, _maxIdLength, _maxMeshCells, _maxConcurrentTrials })
        {
            command.Options.Add(option);
        }

        _maxBodyMb.Validators.Add(result => AtLeast(result, result.GetValueOrDefault<long>(), 0, "--max-body-mb"));
        _maxIdLength.Validators.Add(result => AtLeast(result, result.GetValueOrDefault<int>(), 1, "--max-id-length"));
        _maxMeshCells.Validators.Add(result => AtLeast(result, result.GetValueOrDefault<long>(), 1, "--max-mesh-cells"));
        _maxConcurrentTrials.Validators.Add(result => AtLeast(result, result.GetValueOrDefault<int>(), 1, "--max-concurrent-trials"));
    }

    public RenderServerOptions ApplyTo(RenderServerOptions options, ParseResult parse)
    {
        var bodyMb = parse.GetValue(_maxBodyMb);
        return options with
        {
            ReadOnly = parse.GetValue(_readOnly) || IsTrue(Environment.GetEnvironmentVariable(ServeCommand.ReadOnlyVariable)),
            WriteToken = NonEmpty(parse.GetValue(_writeToken)) ?? NonEmpty(Environment.GetEnvironmentVariable(ServeCommand.WriteTokenVariable)),
            AllowedOrigins = [.. (parse.GetValue(_allowOrigin) ?? []).Select(origin => origin.TrimEnd('/'))],
            MaxRequestBodySize = bodyMb == 0 ? null : bodyMb << 20,
            Limits = InputLimits.Default with { MaxIdLength = parse.GetValue(_maxIdLength), MaxMeshCells = parse.GetValue(_maxMeshCells) },
            MaxConcurrentTrials = parse.GetValue(_maxConcurrentTrials),
        };
    }

    private static void AtLeast(System.CommandLine.Parsing.OptionResult result, long value, long least, string name)
    {
        if (value < least)
        {
            result.AddError($"{name} must be {least} or more");
        }
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
