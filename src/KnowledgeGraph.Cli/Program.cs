Console.WriteLine("kg");
