package com.example.web;

import java.util.List;
import org.springframework.ai.chat.client.ChatClient;

public class SpringAiController {}
