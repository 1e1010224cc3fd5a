using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.GraphQL.Tests.TestUtilities;

/// <summary>
/// Runs batches against graphql-js, the reference implementation, through the node script in the test
/// project's Reference folder. The first call installs the pinned graphql package (<c>npm ci</c>) when
/// node_modules is missing. Each call is one node process, so give it a whole batch: a test class
/// computes its reference answers once, in a fixture, rather than once per case.
/// </summary>
/// <remarks>
/// A mode is a file <c>Reference/modes/&lt;mode&gt;.js</c> exporting <c>run(payload, graphql)</c>; its
/// return value (or the value its promise resolves to) comes back as JSON. Add a mode for a new kind of
/// comparison (validation, execution) instead of changing this class.
/// </remarks>
public static class GraphQLJs
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web)
    {
        // graphql-js tells an absent option from a null one (a null maxTokens means "at most 0 tokens").
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<Task> Installation = new(InstallAsync);

    /// <summary>The folder holding package.json, package-lock.json, reference.js and the modes.</summary>
    public static string ReferenceDirectory { get; } = FindReferenceDirectory();

    /// <summary>Runs <paramref name="mode"/> over <paramref name="payload"/> (serialized with web defaults: camelCase).</summary>
    /// <exception cref="InvalidOperationException">node failed; the message holds its standard error.</exception>
    public static async Task<JsonDocument> RunAsync(string mode, object payload)
    {
        await Installation.Value.ConfigureAwait(false);
        var request = JsonSerializer.Serialize(new { mode, payload }, PayloadOptions);
        var output = await RunProcessAsync("node", "reference.js", request).ConfigureAwait(false);
        return JsonDocument.Parse(output);
    }

    /// <summary>
    /// Writes each lone surrogate as <c>&lt;lone surrogate D800&gt;</c>, as the reference script does with
    /// the messages it returns: JSON readers refuse lone surrogates, and syntax errors can quote them.
    /// </summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                result.Append(CultureInfo.InvariantCulture, $"<lone surrogate {(int)c:X}>");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(ReferenceDirectory, "node_modules", "graphql", "package.json")))
        {
            return;
        }

        await RunProcessAsync("npm", "ci --no-audit --no-fund", standardInput: null).ConfigureAwait(false);
    }

    private static async Task<string> RunProcessAsync(string fileName, string arguments, string? standardInput)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = ReferenceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");

        // Read both streams while writing, or a full pipe would block node and us with it.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {arguments} exited with {process.ExitCode}:\n{await error.ConfigureAwait(false)}");
        }

        return await output.ConfigureAwait(false);
    }

    /// <summary>Walks up from the test binaries to the test project's Reference folder.</summary>
    private static string FindReferenceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[]
            {
                Path.Combine(directory.FullName, "Reference"),
                Path.Combine(directory.FullName, "tests", "KnowledgeGraph.GraphQL.Tests", "Reference"),
            })
            {
                if (File.Exists(Path.Combine(candidate, "reference.js")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No Reference/reference.js above {AppContext.BaseDirectory}.");
    }
}
