Console.WriteLine("Bulletin");
