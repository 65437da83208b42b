from setuptools import setup

setup(name="openai", package_dir={"": "src"})
