export const API_URL = 'https://api.example.com'
