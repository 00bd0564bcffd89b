using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;
using Render.Geometry.Transforms;
using Render.Imaging.Codecs.Loading;
using Render.Model;
using Render.Server.Errors;

namespace Render.Server.Tests.Errors;

/// <summary>What each kind of failure is answered with: our messages kept (said plainly), engine and .NET text never.</summary>
public sealed class ErrorMappingTests
{
    private const string Id = "0123456789ab";
    private const string DataFolder = "/srv/lab/render-data";

    [Fact]
    public void Answer_UnexpectedException_Is500WithTheIdAndNoneOfItsText()
    {
        string? missing = null;
        var answer = Answer(Assert.Throws<NullReferenceException>(() => missing!.Length));

        Assert.Equal((500, "The server failed on this request; it logged the details under id 0123456789ab.", true), (answer.Status, answer.Message, answer.IsServerFault));
    }

    [Theory]
    [InlineData(13, 507)]
    [InlineData(5, 503)]
    [InlineData(6, 503)]
    [InlineData(1, 500)]
    [InlineData(10, 500)]
    public void Answer_SqliteError_IsMappedByItsCode(int code, int status)
    {
        var answer = Answer(new SqliteException("SQLite Error " + code + ": 'database or disk is full'.", code));

        Assert.Equal(status, answer.Status);
        Assert.DoesNotContain("SQLite", answer.Message, StringComparison.Ordinal);
        Assert.True(answer.IsServerFault);
    }

    [Theory]
    [InlineData("53100", 507)]
    [InlineData("57P01", 503)]
    [InlineData("57P03", 503)]
    [InlineData("08006", 503)]
    [InlineData("42P01", 500)]
    public void Answer_PostgresError_IsMappedByItsState(string sqlState, int status)
    {
        var answer = Answer(new PostgresException("relation \"tile\" does not exist", "ERROR", "ERROR", sqlState));

        Assert.Equal(status, answer.Status);
        Assert.DoesNotContain("relation", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DatabaseRefusesConnections_Is503WithAPlainSentence()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));

        var answer = Answer(new InvalidOperationException("wrapped", refused));

        Assert.Equal((503, ErrorMapping.DatabaseUnavailableMessage), (answer.Status, answer.Message));
    }

    [Theory]
    [InlineData(28)]
    [InlineData(unchecked((int)0x80070070))]
    public void Answer_IOExceptionOfAFullDisk_Is507(int hresult)
    {
        var answer = Answer(new IOException("No space left on device : '/srv/lab/render-data/boxes/x.png'", hresult));

        Assert.Equal((507, "The server's disk is full; nothing was written."), (answer.Status, answer.Message));
    }

    [Fact]
    public void Answer_IOExceptionOfAnotherKind_Is500WithoutThePath()
    {
        var answer = Answer(new IOException("Access to the path '/srv/lab/render-data/boxes' is denied.", 13));

        Assert.Equal(500, answer.Status);
        Assert.DoesNotContain("/srv", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_OurInputError_Is400WithItsMessage()
    {
        var answer = Answer(new RenderInputException("z of tile 'a' must be a finite number"));

        Assert.Equal((400, "z of tile 'a' must be a finite number", false), (answer.Status, answer.Message, answer.IsServerFault));
    }

    [Fact]
    public void Answer_OurErrorWrappingDotNetText_SaysTheInnerReasonPlainly()
    {
        var inner = new FileNotFoundException("Could not find file '/srv/lab/images/real/t.tif'.");
        Action read = () => throw new ArgumentException($"cannot read image 'file:/data/t.tif': {inner.Message}", inner);
        var thrown = Assert.Throws<ArgumentException>(read);

        var answer = Answer(thrown);

        Assert.Equal((400, "cannot read image 'file:/data/t.tif': no such file"), (answer.Status, answer.Message));
    }

    [Fact]
    public void Answer_MessageNamingDotNetTypesOrTheDataFolder_IsSaidPlainly()
    {
        var answer = Answer(new RenderInputException(
            "invalid TileSpec JSON: cannot use System.Collections.Generic.Dictionary`2[System.String,Render.Model.Tiles.TileSpec] in /srv/lab/render-data/render.sqlite"));

        Assert.Equal("invalid TileSpec JSON: cannot use a value in the data folder/render.sqlite", answer.Message);
    }

    [Fact]
    public void Answer_DotNetsOwnArgumentError_Is400PointingToTheLog()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Enum.Parse<DayOfWeek>("Caturday"));

        var answer = Answer(error);

        Assert.Equal(400, answer.Status);
        Assert.Contains(Id, answer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Caturday", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NullArgument_IsAServerFault()
    {
        Assert.Equal(500, Answer(new ArgumentNullException("key")).Status);
    }

    [Fact]
    public void Answer_JsonException_IsAPlainSentenceWithThePath()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, List<int>>>("""{"a":{"b":1}}"""));

        var answer = Answer(error);

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("invalid JSON in the request: ", answer.Message, StringComparison.Ordinal);
        Assert.Contains("at $.a", answer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_KnownRefusals_KeepTheirStatusAndMessage()
    {
        Assert.Equal((404, "s does not exist"), Pair(Answer(new NotFoundException("s does not exist"))));
        Assert.Equal((403, "not allowed"), Pair(Answer(new ImageAccessException("not allowed"))));
        Assert.Equal((400, "READ_ONLY"), Pair(Answer(new StackStateException("READ_ONLY"))));
        Assert.Equal((503, "retry"), Pair(Answer(new RetryLaterException("retry"))));
        Assert.Equal((413, "too large"), Pair(Answer(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge))));
    }

    [Fact]
    public void Answer_WorldPointNoTileCanInvert_Stays500WithRendersMessage()
    {
        var answer = Answer(new NoninvertibleTransformException("AffineModel2D 0 0 0 0 0 0 is not invertible (its determinant is 0)"));

        Assert.Equal((500, "AffineModel2D 0 0 0 0 0 0 is not invertible (its determinant is 0)"), Pair(answer));
    }

    private static ErrorAnswer Answer(Exception exception) => ErrorMapping.Answer(exception, Id, DataFolder);

    private static (int, string) Pair(ErrorAnswer answer) => (answer.Status, answer.Message);
}
