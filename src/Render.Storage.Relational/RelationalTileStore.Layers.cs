using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Relational;

/// <summary>Tiles by layer and section: z values, layer bounds and section data.</summary>
internal sealed partial class RelationalTileStore
{
    public async Task<IReadOnlyList<double>> GetZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        command.CommandText =
            $"SELECT DISTINCT z FROM tile WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND z IS NOT NULL{ZLimits(command, minZ, maxZ)} ORDER BY z";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var zValues = new List<double>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            zValues.Add(reader.GetDouble(0));
        }

        return zValues;
    }

    public async Task<Bounds?> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty).With("@z", z);
        command.CommandText =
            $"SELECT count(*), min(min_x), min(min_y), max(max_x), max(max_y) FROM tile WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND z = @z";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.GetInt64(0) == 0
            ? null
            : new Bounds(reader.NullableDouble(1), reader.NullableDouble(2), z, reader.NullableDouble(3), reader.NullableDouble(4), z);
    }

    public async Task<double?> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = connection.Command(string.Empty).With("@sectionId", sectionId);
        command.CommandText =
            $"SELECT z FROM tile WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND section_id = @sectionId AND z IS NOT NULL ORDER BY row_id LIMIT 1";
        return await command.ScalarAsync(cancellationToken).ConfigureAwait(false) is { } z
            ? Convert.ToDouble(z, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    public async Task<IReadOnlyList<SectionData>?> GetSectionDataAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.Command("SELECT stack_key FROM stack WHERE owner = @o AND project = @p AND name = @s AND sections_derived")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack)
            .LongAsync(cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        await using var command = connection.Command(string.Empty).With("@k", key);
        command.CommandText =
            $"""
            SELECT section_id, z, tile_count, min_x, max_x, min_y, max_y FROM section
            WHERE stack_key = @k AND section_id IS NOT NULL{ZLimits(command, minZ, maxZ)}
            ORDER BY section_id, z NULLS FIRST
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sections = new List<SectionData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sections.Add(new SectionData(
                reader.GetString(0), reader.NullableDouble(1), reader.GetInt64(2),
                reader.NullableDouble(3), reader.NullableDouble(4), reader.NullableDouble(5), reader.NullableDouble(6)));
        }

        return sections;
    }

    /// <summary>The conditions of inclusive z limits, after an AND; a limit not given (or NaN) is none.</summary>
    private static string ZLimits(System.Data.Common.DbCommand command, double? minZ, double? maxZ)
    {
        var limits = string.Empty;
        if (minZ is { } min && !double.IsNaN(min))
        {
            limits += " AND z >= @minZ";
            command.With("@minZ", min);
        }

        if (maxZ is { } max && !double.IsNaN(max))
        {
            limits += " AND z <= @maxZ";
            command.With("@maxZ", max);
        }

        return limits;
    }
}
