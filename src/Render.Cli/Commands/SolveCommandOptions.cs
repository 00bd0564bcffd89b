using System.Globalization;
using Render.Alignment;
using Render.Model.PointMatches;

namespace Render.Cli.Commands;

/// <summary>
/// The options of <c>render solve</c>: render's Trakem2SolverClient parameters in kebab-case with
/// its defaults (but <c>--threads</c>, which defaults to every core here, and
/// <c>--regularizer-model-type</c>, RIGID here where render requires it), plus <c>--model-type</c>,
/// the start regularisation and the report. Lists take several values after one flag, as render's
/// variable-arity parameters do, or comma-separated values, as JCommander splits them.
/// </summary>
internal sealed class SolveCommandOptions
{
    private readonly Option<string> _stack = new("--stack") { Description = "the stack to align", Required = true };
    private readonly Option<string?> _minZ = new("--min-z") { Description = "lowest z of the layers to align (default: the stack's lowest)" };
    private readonly Option<string?> _maxZ = new("--max-z") { Description = "highest z of the layers to align (default: the stack's highest)" };
    private readonly Option<string?> _matchOwner = new("--match-owner") { Description = "owner of the match collections (default: --owner)" };
    private readonly Option<string[]> _collections = new("--match-collection")
    {
        Description = "match collection(s) of the tiles; repeatable or comma-separated (pairs of the same two tiles are merged)",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string> _modelType = new("--model-type") { Description = "model of every tile: TRANSLATION, RIGID, SIMILARITY or AFFINE", DefaultValueFactory = _ => "AFFINE" };
    private readonly Option<string> _regularizer = new("--regularizer-model-type") { Description = "model each tile is pulled towards by lambda", DefaultValueFactory = _ => "RIGID" };
    private readonly Option<string?> _samples = new("--samples-per-dimension") { Description = "samples per tile side for each tile's starting regulariser fit (default 2)" };
    private readonly Option<string?> _startLambda = new("--start-lambda") { Description = "first lambda of the schedule 1.0, 0.5, 0.1, 0.01 (default 1.0)" };
    private readonly Option<string[]> _lambdas = new("--optimizer-lambdas")
    {
        Description = "explicit lambdas, run largest first (e.g. --optimizer-lambdas 1.0 0.5 0.1 0.01)",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _fixed = new("--fixed-tile-ids") { Description = "tiles kept where they are", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _startPull = new("--start-regularization") { Description = "BigFeta-style pull of every tile towards its start, this lambda (default: none)" };
    private readonly Option<string?> _translationFactor = new("--start-translation-factor") { Description = "the start pull's weight on translations relative to --start-regularization (default 1e-5)" };
    private readonly Option<string?> _targetOwner = new("--target-owner") { Description = "owner of the target stack (default: --owner)" };
    private readonly Option<string?> _targetProject = new("--target-project") { Description = "project of the target stack (default: --project)" };
    private readonly Option<string?> _targetStack = new("--target-stack") { Description = "stack the solved tiles are saved to (created from the source's resolution when missing); without it nothing is written" };
    private readonly Option<string?> _mergedZ = new("--merged-z") { Description = "z of every saved tile (default: each keeps its own)" };
    private readonly Option<bool> _complete = new("--complete-target-stack") { Description = "set the target stack COMPLETE afterwards" };
    private readonly Option<string?> _threads = new("--threads") { Description = "threads of the solve (default: every core; render's is 1)" };
    private readonly Option<string?> _report = new("--report") { Description = "write the quality report (every pair and tile, the worst ones, counts, timings) as JSON to this file, or - for standard output" };
    private readonly Option<string?> _worst = new("--worst") { Description = "how many of the worst pairs and tiles to list (default 10)" };

    public void AddTo(Command command)
    {
        Option[] all =
        [
            _stack, _minZ, _maxZ, _matchOwner, _collections, _modelType, _regularizer, _samples, _startLambda, _lambdas, _fixed,
            _startPull, _translationFactor, _targetOwner, _targetProject, _targetStack, _mergedZ, _complete, _threads, _report, _worst,
        ];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request the options describe, every value checked.</summary>
    /// <exception cref="ArgumentException">A value is malformed or out of range.</exception>
    public SolveRequest Resolve(RenderConnection connection, ParseResult parse)
    {
        var source = ConnectionOptions.StackOf(connection, parse.GetValue(_stack)!);
        var matchOwner = parse.GetValue(_matchOwner) ?? source.Owner;
        var collections = Split(parse.GetValue(_collections))
            .Select(name => MatchCollectionId.Create(matchOwner, name).GetValueOrThrow()).Distinct().ToList();
        var target = parse.GetValue(_targetStack) is { } targetStack
            ? new Render.Model.Stacks.StackId(parse.GetValue(_targetOwner) ?? source.Owner, parse.GetValue(_targetProject) ?? source.Project, targetStack)
            : null;
        if (target is null && parse.GetValue(_complete))
        {
            throw new ArgumentException("--complete-target-stack needs --target-stack");
        }

        var options = new SolveOptions
        {
            ModelType = Model(_modelType, parse),
            RegularizerModelType = Model(_regularizer, parse),
            SamplesPerDimension = Count(_samples, parse, 2, 1),
            StartLambda = Number(_startLambda, parse) ?? 1.0,
            OptimizerLambdas = Split(parse.GetValue(_lambdas)) is { Count: > 0 } lambdas ? [.. lambdas.Select(value => Number(_lambdas.Name, value))] : null,
            FixedTileIds = Split(parse.GetValue(_fixed)) is { Count: > 0 } fixedIds ? fixedIds : null,
            StartRegularization = Number(_startPull, parse) is { } pull ? new StartRegularization(pull, Number(_translationFactor, parse) ?? 1e-5) : null,
            MergedZ = Number(_mergedZ, parse),
            Threads = Count(_threads, parse, Environment.ProcessorCount, 1),
            WorstCount = Count(_worst, parse, 10, 0),
        };
        return new SolveRequest(source, collections, Number(_minZ, parse), Number(_maxZ, parse), options, target, parse.GetValue(_complete), parse.GetValue(_report));
    }

    /// <summary>The values of a list option: several after one flag, repeated flags, or comma-separated.</summary>
    private static List<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static ModelType Model(Option<string> option, ParseResult parse)
    {
        var name = parse.GetValue(option)!;
        try
        {
            return ModelTypes.Parse(name);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"{option.Name} takes TRANSLATION, RIGID, SIMILARITY or AFFINE, not '{name}'");
        }
    }

    /// <summary>A whole number of at least <paramref name="least"/>, checked here so that a bad one gets the command's own message.</summary>
    private static int Count(Option<string?> option, ParseResult parse, int fallback, int least) =>
        parse.GetValue(option) is not { } value ? fallback
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= least ? count
        : throw new ArgumentException($"{option.Name} takes a whole number of at least {least}, not '{value}'");

    private static double? Number(Option<string?> option, ParseResult parse) =>
        parse.GetValue(option) is { } value ? Number(option.Name, value) : null;

    /// <summary>A finite number in the invariant culture, whatever the shell's locale.</summary>
    private static double Number(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new ArgumentException($"{option} takes numbers, not '{value}'");
}
