import { Input, Text, View } from '@tarojs/components';

interface SearchBarProps {
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A search field with a clear button; the caller debounces. */
export function SearchBar({ value, placeholder = '搜索', onChange }: SearchBarProps) {
  return (
    <View className="search-bar">
      <View className="search-bar__box">
        <View className="search-bar__icon" />
        <Input
          id="search-input"
          className="search-bar__input"
          type="text"
          confirmType="search"
          value={value}
          placeholder={placeholder}
          placeholderClass="search-bar__placeholder"
          onInput={(e) => onChange(e.detail.value)}
        />
        {value ? (
          <Text className="search-bar__clear" onClick={() => onChange('')}>
            ×
          </Text>
        ) : null}
      </View>
    </View>
  );
}
