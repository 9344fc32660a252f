import ChitieuCLI

await Chitieu.main()
