using Render.Model.PointMatches;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Json;

/// <summary>
/// The source-generated metadata of every document type render exchanges. Use it through
/// <see cref="RenderJson"/>, whose options add the Java number formats, lenient scalars and
/// unescaped output.
/// </summary>
/// <remarks>
/// Metadata mode only: the serialisation fast path would write doubles without our Java-style
/// converter. The model types are positional records because the generator sets every init-only
/// property when it creates an object, overwriting property defaults, while it honours the
/// default values of constructor parameters.
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(JavaDoubleConverter),
        typeof(JavaFloatConverter),
        typeof(LenientInt32Converter),
        typeof(LenientInt64Converter),
        typeof(LenientBooleanConverter),
        typeof(LenientStringConverter),
        typeof(JavaDateConverter),
    ])]
[JsonSerializable(typeof(TileSpec))]
[JsonSerializable(typeof(LayoutData))]
[JsonSerializable(typeof(ImageAndMask))]
[JsonSerializable(typeof(MipmapLevelDictionary))]
[JsonSerializable(typeof(ChannelSpec))]
[JsonSerializable(typeof(List<TileSpec>))]
[JsonSerializable(typeof(TransformSpec))]
[JsonSerializable(typeof(ListTransformSpec))]
[JsonSerializable(typeof(List<TransformSpec>), TypeInfoPropertyName = "TransformSpecArray")]
[JsonSerializable(typeof(ResolvedTileSpecCollection))]
[JsonSerializable(typeof(TileBounds))]
[JsonSerializable(typeof(List<TileBounds>))]
[JsonSerializable(typeof(SectionData))]
[JsonSerializable(typeof(List<SectionData>))]
[JsonSerializable(typeof(TileCoordinates))]
[JsonSerializable(typeof(List<TileCoordinates>))]
[JsonSerializable(typeof(List<List<TileCoordinates>>))]
[JsonSerializable(typeof(LastTileTransform))]
[JsonSerializable(typeof(List<LastTileTransform>))]
[JsonSerializable(typeof(TileTransform))]
[JsonSerializable(typeof(List<TileTransform>))]
[JsonSerializable(typeof(Bounds))]
[JsonSerializable(typeof(StackId))]
[JsonSerializable(typeof(List<StackId>))]
[JsonSerializable(typeof(StackVersion))]
[JsonSerializable(typeof(StackMetaData))]
[JsonSerializable(typeof(List<StackMetaData>))]
[JsonSerializable(typeof(StackStats))]
[JsonSerializable(typeof(StackWithZValues))]
[JsonSerializable(typeof(List<StackWithZValues>))]
[JsonSerializable(typeof(ReconstructionCycle))]
[JsonSerializable(typeof(HierarchicalStack))]
[JsonSerializable(typeof(MipmapPathBuilder))]
[JsonSerializable(typeof(RenderParameters))]
[JsonSerializable(typeof(FilterSpec))]
[JsonSerializable(typeof(CanvasMatches))]
[JsonSerializable(typeof(Matches))]
[JsonSerializable(typeof(ConsensusSetData))]
[JsonSerializable(typeof(CanvasId))]
[JsonSerializable(typeof(OrderedCanvasIdPair))]
[JsonSerializable(typeof(List<CanvasMatches>))]
[JsonSerializable(typeof(MatchCollectionId))]
[JsonSerializable(typeof(MatchCollectionMetaData))]
[JsonSerializable(typeof(List<MatchCollectionMetaData>))]
[JsonSerializable(typeof(MatchTrial))]
[JsonSerializable(typeof(List<MatchTrial>))]
[JsonSerializable(typeof(RenderableCanvasIdPairs))]
[JsonSerializable(typeof(List<double>))]
[JsonSerializable(typeof(List<double?>), TypeInfoPropertyName = "NullableDoubleList")]
[JsonSerializable(typeof(List<List<double>>))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class RenderJsonContext : JsonSerializerContext;
