using Render.Model.Transforms;

namespace Render.Model.Json;

/// <summary>The fields of one transform spec object as read, before its type is known.</summary>
internal sealed class SpecFields
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public TransformSpecMetaData? MetaData { get; set; }

    public string? ClassName { get; set; }

    public string? DataString { get; set; }

    public string? RefId { get; set; }

    public List<TransformSpec?>? SpecList { get; set; }

    public TransformSpec? A { get; set; }

    public TransformSpec? B { get; set; }

    public double? Lambda { get; set; }

    public TransformSpec Build(string defaultType)
    {
        var type = Type ?? (SpecList is not null ? ListTransformSpec.TypeName : defaultType);
        return type switch
        {
            LeafTransformSpec.TypeName => BuildLeaf(),
            ListTransformSpec.TypeName => BuildList(),
            ReferenceTransformSpec.TypeName => BuildReference(),
            InterpolatedTransformSpec.TypeName => BuildInterpolated(),
            _ => throw Invalid($"unknown transform spec type '{type}', expected one of leaf, list, ref, interpolated"),
        };
    }

    private LeafTransformSpec BuildLeaf() => new(
        ClassName ?? throw Invalid($"no className defined for leaf transform spec with id '{Id}'"),
        DataString ?? throw Invalid($"no dataString defined for leaf transform spec with id '{Id}'"))
    {
        Id = Id,
        MetaData = MetaData,
    };

    private ReferenceTransformSpec BuildReference() =>
        new(RefId ?? throw Invalid($"no refId defined for reference transform spec with id '{Id}'"))
        {
            Id = Id,
            MetaData = MetaData,
        };

    private ListTransformSpec BuildList()
    {
        if (Type is null && SpecList is null && (ClassName ?? DataString ?? RefId) is not null)
        {
            // A lone transform where a list belongs (a tile's "transforms") would otherwise read as
            // an empty list and silently lose the transform.
            throw Invalid("expected a list transform spec ({\"type\":\"list\",\"specList\":[...]}) but found a single transform without a type");
        }

        var specs = SpecList ?? [];
        if (specs.Contains(null))
        {
            throw Invalid($"A null spec is part of the transform spec list with id '{Id}'.  Check for an extraneous comma at the end of the list.");
        }

        return new ListTransformSpec(specs!) { Id = Id, MetaData = MetaData };
    }

    private InterpolatedTransformSpec BuildInterpolated() =>
        A is null || B is null || Lambda is null
            ? throw Invalid($"interpolated transform spec with id '{Id}' needs a, b and lambda")
            : new InterpolatedTransformSpec(A, B, Lambda.Value) { Id = Id, MetaData = MetaData };

    private static JsonException Invalid(string message) => new(message);
}
