import semantic_kernel as sk

kernel = sk.Kernel()
