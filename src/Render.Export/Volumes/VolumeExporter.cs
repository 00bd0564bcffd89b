using System.Text.Json.Nodes;
using Render.Export.Files;
using Render.Export.Rendering;
using Render.Imaging.Codecs.Loading;
using Render.Model;
using Render.Model.Jobs;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Export.Volumes;

/// <summary>
/// render's Spark N5Client without Spark: a stack's layers rendered at full scale in boxes of
/// whole blocks (8-bit grey as N5Client makes it) into an N5 or OME-Zarr volume, then each scale
/// level averaged from the one before, then the viewer metadata. A cluster job array runs
/// <see cref="WriteLevelAsync"/> for level 0 with one part per task, then each further level the
/// same way, then <see cref="WriteMetadata"/> once; <see cref="ExportAsync"/> does it all in one
/// process. A work item whose blocks all exist is skipped, so a rerun resumes.
/// </summary>
public sealed partial class VolumeExporter
{
    private readonly IBoxParametersSource _source;
    private readonly BoxRenderer _renderer;
    private readonly ChunkStore _store;
    private readonly StackMetaData _stack;
    private readonly ThicknessCorrection? _correction;

    /// <summary>Checks the options, the bounds (the stack's unless given) and that the container can be written.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="ExportException">No bounds, a bad thickness correction file, or the container folder cannot be written (nothing is created then).</exception>
    public VolumeExporter(VolumeExportOptions options, StackMetaData stack, IBoxParametersSource source, Bounds? bounds = null, ImageAccessPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(source);
        options.Validate();
        var runBounds = bounds ?? stack.Stats?.StackBounds
            ?? throw new ExportException($"stack {stack.StackId.Stack} has no bounds; complete it so that they are derived, or give bounds");
        if (options.ZCoordsPath is { } zCoords)
        {
            _correction = ThicknessCorrection.Load(zCoords);
            runBounds = LimitToCorrection(runBounds, _correction);
        }

        Options = options;
        Geometry = new VolumeGeometry(runBounds, options.Blocks, options.DownsampleFactors, options.IsoFactors);
        var container = OutputFolder.RequireWritable(options.ContainerPath, create: true);
        _store = options.Format == VolumeFormat.N5
            ? new N5ChunkStore(container, options.DataSet, Geometry, twoDimensional: Geometry.Levels[0][2] == 1, multiScale: options.DownsampleFactors is not null, options.Compression)
            : new ZarrChunkStore(container, options.DataSet, Geometry, options.Compression);
        _stack = stack;
        _source = source;
        _renderer = new BoxRenderer(policy);
    }

    /// <summary>The options.</summary>
    public VolumeExportOptions Options { get; }

    /// <summary>Origin, sizes and factors of the levels.</summary>
    public VolumeGeometry Geometry { get; }

    /// <summary>The container folder.</summary>
    public string Container => _store.Container;

    /// <summary>The path of a level's data set (array) inside the container: <c>[dataSet]/s[k]</c> (N5) or <c>[dataSet]/[k]</c> (OME-Zarr).</summary>
    public string LevelPath(int level) => _store.LevelPath(level);

    /// <summary>Everything in one process: every level, then the metadata.</summary>
    public async Task ExportAsync(IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        for (var level = 0; level < Geometry.Levels.Count; level++)
        {
            await WriteLevelAsync(level, WorkPart.All, progress, cancellationToken).ConfigureAwait(false);
        }

        WriteMetadata();
    }

    /// <summary>
    /// This part of one level: level 0 is rendered; level k is averaged from level k − 1, which must be complete.
    /// The level's array attributes are written first (the same by every part), so readers see its shape at once.
    /// </summary>
    /// <exception cref="ExportException">Level k − 1 is not complete, an existing array has another shape, images cannot be read (all named), or a file cannot be written.</exception>
    public Task<VolumeLevelResult> WriteLevelAsync(int level, WorkPart part, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, Geometry.Levels.Count);
        ArgumentNullException.ThrowIfNull(part);
        WriteLevelAttributes(level);
        return level == 0 ? RenderLevelZeroAsync(part, progress, cancellationToken) : DownsampleAsync(level, part, progress, cancellationToken);
    }

    /// <summary>The viewer metadata (neuroglancer's N5 attributes, or OME-Zarr multiscales) and the renderExport record, once every level is done.</summary>
    public void WriteMetadata()
    {
        var version = _stack.CurrentVersion;
        IReadOnlyList<double> resolution = [version?.StackResolutionX ?? 1, version?.StackResolutionY ?? 1, version?.StackResolutionZ ?? 1];
        var record = new JsonObject
        {
            ["runTimestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["runParameters"] = RunParameters(),
            ["stackMetadata"] = JsonNode.Parse(RenderJson.Serialize(_stack)),
        };
        if (_store is N5ChunkStore n5)
        {
            N5Attributes.WriteExportRecord(n5, record);
            N5Attributes.WriteNeuroglancer(n5, Geometry, resolution, Options.ResolutionUnit);
        }
        else
        {
            OmeZarrAttributes.WriteMultiscales((ZarrChunkStore)_store, Geometry, resolution, Options.ResolutionUnit, _stack.StackId.Stack, record);
        }
    }

    /// <summary>render's getBoundsForRun: only the layers the correction covers are exported.</summary>
    private static Bounds LimitToCorrection(Bounds bounds, ThicknessCorrection correction)
    {
        var limited = correction.Limit(bounds);
        if (limited is { MinZ: { } minZ, MaxZ: { } maxZ } && minZ > maxZ)
        {
            throw new ExportException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the z coordinates cover corrected z {correction.FirstCorrectedZ} to {correction.LastCorrectedZ}, outside the bounds' z {bounds.MinZ} to {bounds.MaxZ}: no layer to export"));
        }

        return limited;
    }

    private void WriteLevelAttributes(int level)
    {
        var existing = JsonFiles.Read(Path.Combine(_store.Container, _store.LevelPath(level), _store is N5ChunkStore ? "attributes.json" : ".zarray"));
        var shape = existing?[_store is N5ChunkStore ? "dimensions" : "shape"]?.ToJsonString();
        var expected = _store is N5ChunkStore n5
            ? JsonFiles.Array(Geometry.Levels[level].Take(n5.TwoDimensional ? 2 : 3)).ToJsonString()
            : JsonFiles.Array(Geometry.Levels[level].Reverse()).ToJsonString();
        if (shape is not null && shape != expected)
        {
            throw new ExportException(
                $"'{Path.Combine(_store.Container, _store.LevelPath(level))}' already holds an array of size {shape}, not {expected}; remove it to export again");
        }

        if (_store is N5ChunkStore n5Store)
        {
            N5Attributes.WriteLevel(n5Store, Geometry, level);
        }
        else
        {
            OmeZarrAttributes.WriteLevel((ZarrChunkStore)_store, Geometry, level);
        }
    }

    private JsonObject RunParameters() => new()
    {
        ["stack"] = _stack.StackId.Stack,
        ["project"] = _stack.StackId.Project,
        ["owner"] = _stack.StackId.Owner,
        ["containerPath"] = _store.Container,
        ["dataSet"] = Options.DataSet,
        ["format"] = Options.Format.ToString(),
        ["blockSize"] = JsonFiles.Array(Geometry.BlockSize),
        ["factors"] = Options.DownsampleFactors is { } f ? JsonFiles.Array(f) : null,
        ["tileWidth"] = Options.RenderWidth,
        ["tileHeight"] = Options.RenderHeight,
        ["minIntensity"] = Options.MinIntensity,
        ["maxIntensity"] = Options.MaxIntensity,
        ["stackResolutionUnit"] = Options.ResolutionUnit,
        ["compression"] = Options.Compression.ToString().ToLowerInvariant(),
        ["isoFactors"] = Options.IsoFactors is { } iso ? JsonFiles.Array(iso) : null,
        ["zCoordsPath"] = Options.ZCoordsPath is { } zCoords ? Path.GetFullPath(zCoords) : null,
    };

    private int Threads => Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount;
}
