using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>GraphQL over HTTP: methods, media types and status codes.</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task A_get_request_runs_a_query()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ stats { articles } }"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"articles\":5", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_and_refusals_carry_a_content_length_matching_their_body()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var answer = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("{\"query\":\"{ stats { articles } }\"}", Encoding.UTF8, "application/json"));
        using var refusal = await client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "text/plain"));

        foreach (var response in new[] { answer, refusal })
        {
            // Looked up before the body is read: reading it would let HttpClient compute a length of its own.
            Assert.True(response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var sent));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length > 0);
            Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.ToString());
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        }

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refusal.StatusCode);
    }

    [Theory]
    [InlineData("query=%7B__typename%7D&query=%7Bstats%7Barticles%7D%7D", "query")]
    [InlineData("query=query%20A%7B__typename%7D&operationName=A&operationName=B", "operationName")]
    [InlineData("query=%7B__typename%7D&variables=%7B%7D&variables=%7B%7D", "variables")]
    [InlineData("query=%7B__typename%7D&extensions=%7B%7D&extensions=%7B%7D", "extensions")]
    public async Task A_get_parameter_given_twice_is_refused_naming_it(string queryString, string parameter)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        var response = await client.GetAsync(new Uri("/graphql?" + queryString, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"The {parameter} parameter is given more than once.", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task A_get_answer_says_it_varies_with_the_accept_header(string accept)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(accept == "text/html" ? "/graphql" : "/graphql?query=%7B__typename%7D", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await client.SendAsync(request);

        // The same URL answers HTML, JSON or graphql-response+json (with different statuses) by Accept alone.
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"", HttpStatusCode.OK)]
    [InlineData("application/json;charset=UTF8", HttpStatusCode.OK)]
    [InlineData("application/json; charset=latin1", HttpStatusCode.UnsupportedMediaType)]
    public async Task The_charset_of_a_post_may_be_quoted_or_spelled_utf8(string contentType, HttpStatusCode expected)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        using var content = new ByteArrayContent("{\"query\":\"{ stats { articles } }\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("mutation { retractTie(id: \"a000-001\", reason: \"x\") { id } }"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_invalid_document_is_a_request_error_whose_status_follows_the_media_type(string accept, HttpStatusCode expected)
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("{ actor(id: \"kataib-hezbollah\") { nme } }", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nme\" on type \"Actor\". Did you mean \"name\"?", response.FirstError.GetProperty("message").GetString());
        Assert.Equal(1, response.FirstError.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_syntax_error_names_its_place()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("{ actor(id: ) { id } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Syntax Error: Unexpected \")\".", response.FirstError.GetProperty("message").GetString());
        Assert.Equal(13, response.FirstError.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_refused_naming_it()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("query($d: Int) { actor(id: \"kh\") { ties(first: $d) { totalCount } } }", new { d = "many" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Variable \"$d\" got invalid value \"many\"", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_partial_date_is_refused_with_the_accepted_forms()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("""{ actor(id: "kataib-hezbollah") { timeline(window: { from: "Nov 2023" }) { id } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("PartialDate must be an ISO-8601 date", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", "{\"query\":\"{ stats { articles } }\"}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{\"query\":", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"variables\":{}}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"query\":42}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"query\":\"{ stats { articles } }\",\"variables\":[1]}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "[1,2]", HttpStatusCode.BadRequest)]
    public async Task Malformed_requests_get_a_4xx_naming_the_problem(string contentType, string body, HttpStatusCode expected)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D }, "The request body is not valid UTF-8.")]
    [InlineData(new byte[] { 0x5B, 0x31, 0x5D }, "The request body must be a JSON object.")]
    [InlineData(new byte[] { 0x7B, 0x7D, 0x20, 0x78 }, "The request body is not valid JSON: 'x' is invalid after a single JSON value.")]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x7B, 0x7D, 0x7D }, "The query parameter must be a string, not an object.")]
    public async Task A_body_that_is_not_a_utf8_json_object_gets_400_naming_what_is_wrong(byte[] body, string message)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(message, json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_are_read_by_their_unescaped_names_the_last_one_given_counting_and_others_ignored()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        const string body = """
            {"query": 42, "qu\u0065ry": "query Q($id: ID!) { actor(id: $id) { name } }", "other": [1, {"a": [2]}], "variables": {"id": "kataib-hezbollah"}}
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"actor":{"name":"Kataib Hezbollah"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_of_many_buffers_with_characters_across_their_edges_is_read_whole()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        // A comment of 30,000 three-byte characters makes the body span several of Kestrel's buffers.
        var query = "# " + new string('\u0643', 30_000) + "\n{ stats { articles } }";
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"stats":{"articles":5}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_accept_header_that_allows_no_json_gets_406()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("{ stats { articles } }", accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task The_schema_downloads_as_sdl()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        var sdl = await client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Contains("type Actor {", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar PartialDate @specifiedBy", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_describes_every_type_field_argument_and_enum_value()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """);

        var undescribed = new List<string>();
        foreach (var type in data.GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || name is "String" or "Int" or "Float" or "Boolean" or "ID")
            {
                continue;
            }

            Note(type, name);
            foreach (var field in Items(type, "fields"))
            {
                Note(field, $"{name}.{field.GetProperty("name").GetString()}");
                foreach (var argument in Items(field, "args"))
                {
                    Note(argument, $"{name}.{field.GetProperty("name").GetString()}({argument.GetProperty("name").GetString()})");
                }
            }

            foreach (var member in Items(type, "inputFields").Concat(Items(type, "enumValues")))
            {
                Note(member, $"{name}.{member.GetProperty("name").GetString()}");
            }
        }

        Assert.True(undescribed.Count == 0, "undescribed: " + string.Join(", ", undescribed));

        void Note(System.Text.Json.JsonElement element, string what)
        {
            if (string.IsNullOrWhiteSpace(element.GetProperty("description").GetString()))
            {
                undescribed.Add(what);
            }
        }
    }

    private static IEnumerable<System.Text.Json.JsonElement> Items(System.Text.Json.JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == System.Text.Json.JsonValueKind.Array ? element.GetProperty(name).EnumerateArray() : [];
}
