using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddProductGraphQL(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRequestTimeouts();
app.MapHealth();
app.MapExport();
app.MapProductGraphQL();
app.Run();

/// <summary>The service's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
