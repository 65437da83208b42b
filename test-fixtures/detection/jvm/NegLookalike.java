package com.example;

import com.openaiish.Foo;
import org.springframework.aix.Bar;
import com.example.openai.Client;
import ai.djlx.Model;

class NegLookalike {}
